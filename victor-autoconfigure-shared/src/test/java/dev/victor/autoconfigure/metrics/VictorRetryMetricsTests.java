package dev.victor.autoconfigure.metrics;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

import dev.victor.client.error.VictorTransportException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class VictorRetryMetricsTests {

	@Test
	void namesEachTransportFailureWithABoundedReason() {
		assertThat(VictorRetryMetrics.reason(transport(ReadTimeoutException.INSTANCE, true))).isEqualTo("timeout");
		assertThat(VictorRetryMetrics.reason(transport(new TimeoutException(), true))).isEqualTo("timeout");
		assertThat(VictorRetryMetrics.reason(transport(new ConnectException("refused"), false))).isEqualTo("connect");
		assertThat(VictorRetryMetrics.reason(transport(new IOException("Connection reset by peer"), true)))
			.isEqualTo("reset");
		assertThat(VictorRetryMetrics.reason(new IllegalStateException())).isEqualTo("io");
	}

	private static VictorTransportException transport(Throwable cause, boolean sent) {
		return new VictorTransportException(cause, HttpMethod.POST, URI.create("http://127.0.0.1/v2/payments/ach"),
				"createAchPayment", "key-1", sent);
	}

}
