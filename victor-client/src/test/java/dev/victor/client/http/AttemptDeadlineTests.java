package dev.victor.client.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AttemptDeadline}: the attempt's signal or the deadline, whichever
 * comes first, and nothing after it.
 */
class AttemptDeadlineTests {

	private static final Duration LONG = Duration.ofMinutes(5);

	private static final Duration SHORT = Duration.ofMillis(50);

	@Test
	void passesOnTheValueOfAnAttemptWithinItsDeadline() {
		StepVerifier.create(AttemptDeadline.of(Mono.just("receipt"), LONG, (progress) -> new TimeoutException()))
			.expectNext("receipt")
			.verifyComplete();
	}

	@Test
	void passesOnTheFailureAndTheEmptinessOfAnAttemptWithinItsDeadline() {
		IllegalStateException failure = new IllegalStateException("refused");
		StepVerifier.create(AttemptDeadline.of(Mono.error(failure), LONG, (progress) -> new TimeoutException()))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure));
		StepVerifier.create(AttemptDeadline.of(Mono.empty(), LONG, (progress) -> new TimeoutException()))
			.verifyComplete();
	}

	@Test
	void neverStartsAnAttemptWhoseCallIsCancelledBeforeItBegins() {
		AtomicBoolean started = new AtomicBoolean();
		// as an exchange does, the attempt starts when it is subscribed
		Mono<String> attempt = Mono.defer(() -> {
			started.set(true);
			return Mono.just("receipt");
		});
		List<String> received = new CopyOnWriteArrayList<>();
		AttemptDeadline.of(attempt, LONG, (progress) -> new TimeoutException()).subscribe(new BaseSubscriber<>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				cancel();
			}

			@Override
			protected void hookOnNext(String value) {
				received.add(value);
			}

		});
		assertThat(started).as("attempt started").isFalse();
		assertThat(received).isEmpty();
	}

	@Test
	void cancelsAnAttemptPastItsDeadlineAndFailsWithTheDeadlineFailure() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Mono<String> never = Mono.<String>never().doOnCancel(() -> cancelled.set(true));
		StepVerifier.create(AttemptDeadline.of(never, SHORT, (progress) -> new TimeoutException("past deadline")))
			.expectErrorMessage("past deadline")
			.verify(Duration.ofSeconds(10));
		assertThat(cancelled).isTrue();
	}

	@Test
	void discardsAValueThatArrivesAfterTheDeadline() {
		// an attempt that answers although it was cancelled, as a connection may
		AtomicReference<Subscriber<? super String>> attempt = new AtomicReference<>();
		List<Object> discarded = new CopyOnWriteArrayList<>();
		Mono<String> deadline = AttemptDeadline.of(Mono.<String>from((subscriber) -> {
			subscriber.onSubscribe(Operators.emptySubscription());
			attempt.set(subscriber);
		}), SHORT, (progress) -> new TimeoutException("past deadline")).doOnDiscard(Object.class, discarded::add);
		List<String> values = new CopyOnWriteArrayList<>();
		StepVerifier.create(deadline.doOnNext(values::add))
			.expectErrorMessage("past deadline")
			.verify(Duration.ofSeconds(10));
		attempt.get().onNext("too late");
		attempt.get().onComplete();
		assertThat(values).isEmpty();
		assertThat(discarded).containsExactly("too late");
	}

	@Test
	void tellsTheFailureWhetherTheAttemptWasStillWaitingForItsToken() {
		Mono<String> waiting = Mono.deferContextual((context) -> {
			AttemptProgress.waitingForToken(context, true);
			return Mono.never();
		});
		StepVerifier
			.create(AttemptDeadline.of(waiting, SHORT,
					(progress) -> new TimeoutException("may have been sent: " + progress.mayHaveBeenSent())))
			.expectErrorMessage("may have been sent: false")
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void cancellingTheCallDisarmsTheDeadline() {
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		AtomicBoolean cancelled = new AtomicBoolean();
		Mono<String> never = Mono.<String>never().doOnCancel(() -> cancelled.set(true));
		AttemptDeadline.of(never, SHORT, (progress) -> new TimeoutException()).subscribe((value) -> {
		}, failures::add).dispose();
		assertThat(cancelled).isTrue();
		// a deadline still armed would fail the call one tick after SHORT; a later
		// attempt on the same wheel shows that tick has passed
		StepVerifier
			.create(AttemptDeadline.of(Mono.never(), SHORT.multipliedBy(2), (progress) -> new TimeoutException()))
			.expectError(TimeoutException.class)
			.verify(Duration.ofSeconds(10));
		assertThat(failures).isEmpty();
	}

}
