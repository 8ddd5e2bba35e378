package dev.victor.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.Fuseable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ListenedAuthenticationTests {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	private final List<String> events = new ArrayList<>();

	private final TokenListener recorder = new TokenListener() {

		@Override
		public void onTokenIssued(String mode) {
			ListenedAuthenticationTests.this.events.add("issued " + mode);
		}

		@Override
		public void onTokenFailure(String mode, Throwable failure) {
			ListenedAuthenticationTests.this.events.add("failed " + mode + " " + failure.getMessage());
		}

		@Override
		public void onTokenRejected(String mode) {
			ListenedAuthenticationTests.this.events.add("rejected " + mode);
		}

		@Override
		public void onTokenAccepted(String mode) {
			ListenedAuthenticationTests.this.events.add("accepted " + mode);
		}

	};

	@Test
	void withoutListenersTheAuthenticationIsUsedAsItIs() {
		ScriptedAuthentication own = new ScriptedAuthentication();
		assertThat(ListenedAuthentication.of(own, List.of())).isSameAs(own);
	}

	@Test
	void countsATokenOnceWhenCallsFirstUseIt() {
		ScriptedAuthentication own = new ScriptedAuthentication();
		VictorAuthentication listened = ListenedAuthentication.of(own, List.of(this.recorder));
		AccessToken first = token(0);
		own.next.set(Mono.just(first));
		listened.token().block();
		listened.token().block();
		AccessToken renewed = token(30);
		own.next.set(Mono.just(renewed));
		listened.token().block();
		own.next.set(Mono.just(first));
		listened.token().block();
		assertThat(this.events).as("the late use of the older token is not a new token")
			.containsExactly("issued own", "issued own");
	}

	@Test
	void aTokenInHandStaysInHandSoTheCallArmsNoTimer() throws Exception {
		ScriptedAuthentication own = new ScriptedAuthentication();
		VictorAuthentication listened = ListenedAuthentication.of(own, List.of(this.recorder));
		AccessToken token = token(0);
		own.next.set(Mono.just(token));
		Mono<AccessToken> served = listened.token();
		assertThat(served).isInstanceOf(Fuseable.ScalarCallable.class);
		assertThat(((Fuseable.ScalarCallable<?>) served).call()).isSameAs(token);
		assertThat(this.events).containsExactly("issued own");
		own.next.set(Mono.error(new IllegalStateException("no key")));
		assertThatIllegalStateException().isThrownBy(() -> listened.token().block());
		assertThat(this.events).containsExactly("issued own", "failed own no key");
	}

	@Test
	void reportsOneFailureToEveryCallWaitingOnOneRenewal() {
		ScriptedAuthentication own = new ScriptedAuthentication();
		VictorAuthentication listened = ListenedAuthentication.of(own, List.of(this.recorder));
		Sinks.One<AccessToken> renewal = Sinks.one();
		own.next.set(renewal.asMono());
		List<Throwable> received = new ArrayList<>();
		for (int call = 0; call < 5; call++) {
			listened.token().subscribe(null, received::add);
		}
		renewal.tryEmitError(new IllegalStateException("key refused"));
		assertThat(received).hasSize(5);
		assertThat(this.events).containsExactly("failed own key refused");
		own.next.set(Mono.error(new IllegalStateException("again")));
		assertThatIllegalStateException().isThrownBy(() -> listened.token().block());
		assertThat(this.events).as("a later renewal's failure is a new one")
			.containsExactly("failed own key refused", "failed own again");
	}

	@Test
	void passesRejectionsAndAcceptancesToTheAuthenticationAndTheListeners() {
		ScriptedAuthentication own = new ScriptedAuthentication();
		VictorAuthentication listened = ListenedAuthentication.of(own, List.of(this.recorder));
		AccessToken token = token(0);
		listened.rejected(token);
		listened.accepted(token);
		assertThat(own.told).containsExactly("rejected", "accepted");
		assertThat(this.events).containsExactly("rejected own", "accepted own");
		assertThat(listened.mode()).isEqualTo("own");
		assertThat(listened.retriesRejectedRequests()).isTrue();
		assertThat(listened).hasToString("own authentication");
	}

	@Test
	void aListenerThatFailsNeverFailsTheCallNorSilencesTheOthers() {
		TokenListener broken = new TokenListener() {

			@Override
			public void onTokenIssued(String mode) {
				throw new IllegalStateException("dashboard down");
			}

			@Override
			public void onTokenFailure(String mode, Throwable failure) {
				throw new IllegalStateException("dashboard down");
			}

			@Override
			public void onTokenAccepted(String mode) {
				throw new IllegalStateException("dashboard down");
			}

		};
		ScriptedAuthentication own = new ScriptedAuthentication();
		VictorAuthentication listened = ListenedAuthentication.of(own, List.of(broken, this.recorder));
		AccessToken token = token(0);
		own.next.set(Mono.just(token));
		assertThat(listened.token().block()).isSameAs(token);
		listened.accepted(token);
		assertThat(this.events).containsExactly("issued own", "accepted own");
		assertThat(own.told).containsExactly("accepted");
	}

	private static AccessToken token(int issuedSecondsLater) {
		Instant issued = NOW.plusSeconds(issuedSecondsLater);
		return new AccessToken("t" + issuedSecondsLater, "Token", issued, issued.plus(Duration.ofMinutes(1)));
	}

	/**
	 * An application's own authentication, with no listener support of its own.
	 */
	private static final class ScriptedAuthentication implements VictorAuthentication {

		final AtomicReference<Mono<AccessToken>> next = new AtomicReference<>(Mono.empty());

		final List<String> told = new ArrayList<>();

		@Override
		public Mono<AccessToken> token() {
			return this.next.get();
		}

		@Override
		public void rejected(AccessToken token) {
			this.told.add("rejected");
		}

		@Override
		public void accepted(AccessToken token) {
			this.told.add("accepted");
		}

		@Override
		public boolean retriesRejectedRequests() {
			return true;
		}

		@Override
		public String mode() {
			return "own";
		}

		@Override
		public String toString() {
			return "own authentication";
		}

	}

}
