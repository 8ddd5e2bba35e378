package dev.victor.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Hands a {@code WebClient.Builder} to customizers with the connector locked: the Victor
 * connector carries the pool, the timeouts, the deadline's connection handling and
 * Reactor Netty's retry turned off, so a customizer that replaces it (or the exchange
 * function under it) is refused with a message that names the hook to use instead, also
 * from within {@code apply(...)}.
 */
final class ConnectorGuard {

	private static final Set<String> LOCKED = Set.of("clientConnector", "exchangeFunction");

	private ConnectorGuard() {
	}

	/**
	 * Return a view of the builder that refuses connector changes and passes everything
	 * else through.
	 * @param builder the builder
	 * @return the guarded view
	 */
	static WebClient.Builder guard(WebClient.Builder builder) {
		Object[] self = new Object[1];
		self[0] = Proxy.newProxyInstance(ConnectorGuard.class.getClassLoader(),
				new Class<?>[] { WebClient.Builder.class }, (proxy, method, args) -> {
					if (LOCKED.contains(method.getName())) {
						throw new IllegalStateException(refusal(method));
					}
					if (method.getName().equals("apply") && args != null && args[0] instanceof Consumer<?> consumer) {
						// apply(consumer) would hand the consumer the unguarded builder
						acceptGuarded(consumer, (WebClient.Builder) self[0]);
						return self[0];
					}
					Object result = invoke(builder, method, args);
					return (result == builder) ? self[0] : result;
				});
		return (WebClient.Builder) self[0];
	}

	@SuppressWarnings("unchecked")
	private static void acceptGuarded(Consumer<?> consumer, WebClient.Builder guarded) {
		((Consumer<WebClient.Builder>) consumer).accept(guarded);
	}

	private static String refusal(Method method) {
		return "A Victor client customizer may not replace the WebClient's " + method.getName()
				+ ": it carries the Victor connection pool, timeouts and retry rules. Change the Reactor Netty "
				+ "client with VictorPaymentsClientBuilder.httpClientCustomizer(...) or the proxy with "
				+ "VictorPaymentsClientBuilder.proxy(...) instead";
	}

	private static @Nullable Object invoke(WebClient.Builder builder, Method method, Object @Nullable [] args)
			throws Throwable {
		try {
			return method.invoke(builder, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
