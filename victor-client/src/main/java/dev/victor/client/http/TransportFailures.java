package dev.victor.client.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.proxy.ProxyConnectException;

/**
 * Tells transport failures that certainly happened before any request byte was sent
 * (connect refused or timed out, unknown host, proxy refused the tunnel, TLS handshake,
 * no pooled connection) from those after which the request may have reached the server
 * (response timeout, reset, premature close). Anything not known to be pre-send counts as
 * "may have been sent".
 *
 * @since 0.1.0
 */
public final class TransportFailures {

	private static final List<Class<? extends Throwable>> NEVER_SENT = List.of(ConnectException.class,
			ProxyConnectException.class, ConnectTimeoutException.class, UnknownHostException.class,
			NoRouteToHostException.class, SSLHandshakeException.class);

	/**
	 * Reactor Netty's pool exceptions live in a shaded internal package: matched by name.
	 */
	private static final Set<String> NEVER_SENT_NAMES = Set.of("PoolAcquireTimeoutException",
			"PoolAcquirePendingLimitException");

	private TransportFailures() {
	}

	/**
	 * Tell whether a failure is the local pool refusing the call (too many callers
	 * waiting, or none served in time): nothing reached the network, and waiting a
	 * network backoff and trying again would only join the same queue.
	 * @param failure the failure, or any exception wrapping it
	 * @return whether the connection pool rejected the call
	 */
	public static boolean isLocalRejection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (NEVER_SENT_NAMES.contains(cause.getClass().getSimpleName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Tell whether a failure means the request may have reached the server.
	 * @param failure the failure, or any exception wrapping it
	 * @return {@code false} only when the request was certainly never sent
	 */
	public static boolean mayHaveBeenSent(Throwable failure) {
		if (isLocalRejection(failure)) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> type : NEVER_SENT) {
				if (type.isInstance(cause)) {
					return false;
				}
			}
		}
		return true;
	}

}
