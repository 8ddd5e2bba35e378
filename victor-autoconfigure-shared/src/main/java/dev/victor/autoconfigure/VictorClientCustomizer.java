package dev.victor.autoconfigure;

import dev.victor.client.VictorPaymentsClientBuilder;

/**
 * Callback that customizes the auto-configured Victor client before it is built, for
 * example to add a {@code WebClient} filter. Beans of this type are applied in
 * {@link org.springframework.core.Ordered order}, after the {@code victor.*} properties.
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
