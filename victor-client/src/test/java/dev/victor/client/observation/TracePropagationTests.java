package dev.victor.client.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.TestClients;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Micrometer Tracing, each attempt of a Victor call is a span of its own, child of
 * the caller's, and carries its trace context to Victor: the observation context is a
 * sender context, so a tracing handler writes {@code traceparent} into the request sent.
 */
class TracePropagationTests {

	private final SimpleTracer tracer = new SimpleTracer();

	private final ObservationRegistry observations = ObservationRegistry.create();

	TracePropagationTests() {
		this.observations.observationConfig()
			.observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(this.tracer, new W3cPropagator()),
					new DefaultTracingObservationHandler(this.tracer)));
	}

	@Test
	void everyAttemptCarriesItsOwnSpanOfTheCallersTrace() throws Exception {
		AtomicInteger attempts = new AtomicInteger();
		try (ScriptedHttpServer server = new ScriptedHttpServer((request) -> (attempts.incrementAndGet() == 1)
				? Action.respond(503, "")
				: Action.respond(200, "{\"victor_account_id\":\"acc_1\"}", "Content-Type", "application/json"))) {
			Observation checkout = Observation.start("checkout", this.observations);
			TestClients.builder(server.baseUrl())
				.observationRegistry(this.observations)
				.build()
				.getAccount("acc_1")
				.contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, checkout))
				.block(Duration.ofSeconds(10));
			checkout.stop();
			List<String> sent = server.requests().stream().map((request) -> request.header("traceparent")).toList();
			List<SimpleSpan> attemptSpans = this.tracer.getSpans()
				.stream()
				.filter((span) -> span.getName().startsWith("victor"))
				.toList();
			SimpleSpan parent = this.tracer.getSpans()
				.stream()
				.filter((span) -> span.getName().equals("checkout"))
				.findFirst()
				.orElseThrow();
			assertThat(attemptSpans).as("one span per attempt").hasSize(2);
			assertThat(sent).as("each attempt carries its own span")
				.containsExactlyInAnyOrderElementsOf(attemptSpans.stream()
					.map((span) -> "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01")
					.toList());
			assertThat(attemptSpans).allSatisfy((span) -> {
				assertThat(span.getTraceId()).isEqualTo(parent.getTraceId());
				assertThat(span.getParentId()).isEqualTo(parent.getSpanId());
			});
		}
	}

	/**
	 * Writes the W3C {@code traceparent} header, as Micrometer Tracing's Brave and
	 * OpenTelemetry bridges do.
	 */
	private static final class W3cPropagator implements Propagator {

		@Override
		public List<String> fields() {
			return List.of("traceparent");
		}

		@Override
		public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
			setter.set(carrier, "traceparent", "00-" + context.traceId() + "-" + context.spanId() + "-01");
		}

		@Override
		public <C> Span.Builder extract(C carrier, Getter<C> getter) {
			throw new UnsupportedOperationException("A client only injects");
		}

	}

}
