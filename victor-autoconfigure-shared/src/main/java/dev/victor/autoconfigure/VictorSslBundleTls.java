package dev.victor.autoconfigure;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;

import dev.victor.client.http.ReloadableSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;

/**
 * TLS for Victor from the Spring Boot SSL bundle that {@code victor.http.ssl.bundle}
 * names: its trust material decides which servers are Victor, its key (if any) is the
 * client certificate for mutual TLS, and its ciphers and protocols apply. When the bundle
 * is reloaded ({@code reload-on-update}), new connections use the new material without a
 * restart.
 */
final class VictorSslBundleTls {

	static final String PROPERTY = "victor.http.ssl.bundle";

	private VictorSslBundleTls() {
	}

	/**
	 * Return the change to the Reactor Netty client that secures it with the bundle.
	 * @param bundles the application's bundles, or {@code null} when it has none
	 * @param name the bundle's name
	 * @return the change
	 * @throws VictorConfigurationException if no bundle has that name
	 */
	static UnaryOperator<HttpClient> customizer(@Nullable SslBundles bundles, String name) {
		if (bundles == null) {
			throw undefined(name);
		}
		SslBundle bundle;
		try {
			bundle = bundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw undefined(name);
		}
		ReloadableSslContext context = new ReloadableSslContext(clientContext(bundle, name));
		bundles.addBundleUpdateHandler(name, (updated) -> context.reload(clientContext(updated, name)));
		return (client) -> client.secure((spec) -> spec.sslContext(context));
	}

	private static VictorConfigurationException undefined(String name) {
		return new VictorConfigurationException(PROPERTY, "names the SSL bundle '" + name + "', which is not defined",
				"Define it under spring.ssl.bundle.pem." + name + " or spring.ssl.bundle.jks." + name + ", or remove "
						+ PROPERTY + " to use the JVM's trust store.");
	}

	private static SslContext clientContext(SslBundle bundle, String name) {
		SslManagerBundle managers = bundle.getManagers();
		SslOptions options = bundle.getOptions();
		try {
			SslContextBuilder builder = SslContextBuilder.forClient()
				.keyManager(managers.getKeyManagerFactory())
				.trustManager(managers.getTrustManagerFactory());
			if (options.getCiphers() != null) {
				builder.ciphers(Arrays.asList(options.getCiphers()));
			}
			if (options.getEnabledProtocols() != null) {
				builder.protocols(options.getEnabledProtocols());
			}
			return builder.build();
		}
		catch (SSLException ex) {
			throw new VictorConfigurationException(PROPERTY,
					"names the SSL bundle '" + name + "', which cannot make a TLS client context: " + ex.getMessage(),
					"Check the certificates, key and protocols of spring.ssl.bundle.*." + name + ".");
		}
	}

}
