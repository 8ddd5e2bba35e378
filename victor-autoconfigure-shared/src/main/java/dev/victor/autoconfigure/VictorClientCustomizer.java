package dev.victor.autoconfigure;

import dev.victor.client.VictorPaymentsClientBuilder;

/**
 * Callback that customizes the auto-configured Victor client before it is built, for
 * example to add a {@code WebClient} filter
 * ({@link VictorPaymentsClientBuilder#webClientCustomizer}), change the Reactor Netty
 * client ({@link VictorPaymentsClientBuilder#httpClientCustomizer}) or set a proxy
 * ({@link VictorPaymentsClientBuilder#proxy}). Victor's connection pool, timeouts,
 * deadline, redirects off and retry rules hold whatever a customizer changes; replacing
 * the connector itself is refused. Beans of this type are applied in
 * {@link org.springframework.core.Ordered order}, after the {@code victor.*} properties,
 * to the builder of the {@code victorWebClient} and to the one that builds the
 * {@code victorAuthentication} (OAuth's token requests go through its transport, retries
 * and observation), so a customizer may run twice and should only configure.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface VictorClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, already configured from the properties
	 */
	void customize(VictorPaymentsClientBuilder builder);

}
