package dev.victor.autoconfigure;

import java.time.Clock;
import java.util.function.UnaryOperator;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.http.VictorHttpConnectors;
import dev.victor.client.http.VictorHttpSettings;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Victor payments client: a signed {@code victorWebClient}, a
 * {@link VictorPaymentsClient} over it and its {@link BlockingVictorPaymentsClient} view,
 * from the {@code victor.*} properties. Every bean backs off when the application defines
 * its own.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = VictorBootLine.WEB_CLIENT_AUTO_CONFIGURATION)
@ConditionalOnClass({ WebClient.class, ConnectionProvider.class })
@EnableConfigurationProperties(VictorProperties.class)
public class VictorAutoConfiguration {

	/** Name of the Victor {@code WebClient} bean. */
	public static final String WEB_CLIENT_BEAN_NAME = "victorWebClient";

	/**
	 * The authentication {@code victor.auth.mode} selects, JWT or OAuth, built the same
	 * way for both: from the properties, through a client builder with the Victor
	 * transport (OAuth's token requests use it) and the customizers applied. An
	 * application's own bean of this type replaces it, and gets the same token listeners.
	 */
	@Bean
	@ConditionalOnMissingBean
	VictorAuthentication victorAuthentication(VictorProperties properties, ResourceLoader resourceLoader,
			@Qualifier("victorConnectionProvider") ConnectionProvider connectionProvider,
			ObjectProvider<VictorClientCustomizer> customizers) {
		VictorPaymentsClientBuilder builder = new VictorAuthenticationFactory(properties, resourceLoader,
				Clock.systemUTC())
			.configure(transport(properties, connectionProvider));
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.buildAuthentication();
	}

	@Bean(destroyMethod = "dispose")
	@ConditionalOnMissingBean(name = "victorConnectionProvider")
	ConnectionProvider victorConnectionProvider(VictorProperties properties,
			ObjectProvider<ConnectionProvider.MeterRegistrar> meterRegistrar) {
		VictorHttpSettings settings = VictorSettingsMapper.http(properties);
		ConnectionProvider.MeterRegistrar registrar = meterRegistrar.getIfUnique();
		return (registrar != null) ? VictorHttpConnectors.createConnectionProvider(settings, registrar)
				: VictorHttpConnectors.createConnectionProvider(settings);
	}

	@Bean(WEB_CLIENT_BEAN_NAME)
	@ConditionalOnMissingBean(name = WEB_CLIENT_BEAN_NAME)
	WebClient victorWebClient(VictorProperties properties, VictorAuthentication authentication,
			@Qualifier("victorConnectionProvider") ConnectionProvider connectionProvider,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<VictorClientCustomizer> customizers) {
		VictorPaymentsClientBuilder builder = transport(properties, connectionProvider).authentication(authentication);
		webClientBuilder.ifAvailable(builder::webClientBuilder);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.buildWebClient();
	}

	/**
	 * TLS from the SSL bundle {@code victor.http.ssl.bundle} names, applied before any
	 * other customizer. One bean, so the bundle is read and watched for updates once
	 * however many builders it customizes.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	VictorClientCustomizer victorSslBundleCustomizer(VictorProperties properties,
			ObjectProvider<SslBundles> sslBundles) {
		String sslBundle = properties.getHttp().getSsl().getBundle();
		if (sslBundle == null || sslBundle.isBlank()) {
			return (builder) -> {
			};
		}
		UnaryOperator<HttpClient> tls = VictorSslBundleTls.customizer(sslBundles.getIfAvailable(), sslBundle);
		return (builder) -> builder.httpClientCustomizer(tls);
	}

	/**
	 * A client builder with the transport the properties describe: environment, base URL,
	 * timeouts, pool, retries and proxy (TLS comes from
	 * {@link #victorSslBundleCustomizer}).
	 */
	private static VictorPaymentsClientBuilder transport(VictorProperties properties,
			ConnectionProvider connectionProvider) {
		return VictorPaymentsClient.builder()
			.environment(properties.getEnvironment())
			.baseUrl(properties.getBaseUrl())
			.http(VictorSettingsMapper.http(properties))
			.retry(VictorSettingsMapper.retry(properties))
			.connectionProvider(connectionProvider)
			.proxy(VictorSettingsMapper.proxy(properties));
	}

	@Bean
	@ConditionalOnMissingBean
	VictorPaymentsClient victorPaymentsClient(@Qualifier(WEB_CLIENT_BEAN_NAME) WebClient victorWebClient,
			VictorProperties properties) {
		return VictorPaymentsClient.create(victorWebClient, properties.getRetry().isResolveUnknownOutcome());
	}

	@Bean
	@ConditionalOnMissingBean
	BlockingVictorPaymentsClient blockingVictorPaymentsClient(VictorPaymentsClient victorPaymentsClient,
			VictorProperties properties) {
		return new BlockingVictorPaymentsClient(victorPaymentsClient,
				BlockingVictorPaymentsClient.maxWait(VictorSettingsMapper.http(properties),
						VictorSettingsMapper.retry(properties), properties.getRetry().isResolveUnknownOutcome()));
	}

}
