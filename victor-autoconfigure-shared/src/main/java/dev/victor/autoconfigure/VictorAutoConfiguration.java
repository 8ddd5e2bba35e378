package dev.victor.autoconfigure;

import java.time.Clock;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.auth.VictorAuthentication;
import dev.victor.client.http.VictorHttpConnectors;
import dev.victor.client.http.VictorHttpSettings;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
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

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(name = "victor.auth.mode", havingValue = "jwt", matchIfMissing = true)
	VictorAuthentication victorAuthentication(VictorProperties properties, ResourceLoader resourceLoader) {
		return new VictorAuthenticationFactory(properties, resourceLoader, Clock.systemUTC()).createJwt();
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
	WebClient victorWebClient(VictorProperties properties, ObjectProvider<VictorAuthentication> authentication,
			@Qualifier("victorConnectionProvider") ConnectionProvider connectionProvider,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<VictorClientCustomizer> customizers) {
		VictorPaymentsClientBuilder builder = VictorPaymentsClient.builder()
			.environment(properties.getEnvironment())
			.baseUrl(properties.getBaseUrl())
			.http(VictorSettingsMapper.http(properties))
			.retry(VictorSettingsMapper.retry(properties))
			.connectionProvider(connectionProvider)
			.proxy(VictorSettingsMapper.proxy(properties));
		String sslBundle = properties.getHttp().getSsl().getBundle();
		if (sslBundle != null && !sslBundle.isBlank()) {
			builder.httpClientCustomizer(VictorSslBundleTls.customizer(sslBundles.getIfAvailable(), sslBundle));
		}
		VictorAuthentication jwtOrCustom = authentication.getIfAvailable();
		if (jwtOrCustom != null) {
			builder.authentication(jwtOrCustom);
		}
		else {
			VictorAuthenticationFactory.configureOAuth(properties, builder);
		}
		webClientBuilder.ifAvailable(builder::webClientBuilder);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.buildWebClient();
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
		return new BlockingVictorPaymentsClient(victorPaymentsClient, BlockingVictorPaymentsClient
			.maxWait(VictorSettingsMapper.http(properties), VictorSettingsMapper.retry(properties)));
	}

}
