package dev.victor.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rules a Victor client's settings must follow, shared by the builder and by Spring
 * Boot's startup validation. Each returns the problem in words, or empty when the value
 * is acceptable; problem texts never contain secrets.
 *
 * @since 0.1.0
 */
public final class VictorClientRules {

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

	private VictorClientRules() {
	}

	/**
	 * Check a base URL: absolute, with a host, and {@code https} unless the host is
	 * loopback (tokens must never cross a network in clear text).
	 * @param baseUrl the URL
	 * @return the problem, or empty
	 */
	public static Optional<String> baseUrlProblem(URI baseUrl) {
		if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getHost() == null) {
			return Optional.of("it must be an absolute URL with a host, such as https://api.victorfi.com");
		}
		String scheme = baseUrl.getScheme().toLowerCase(Locale.ROOT);
		if (scheme.equals("https")) {
			return Optional.empty();
		}
		if (scheme.equals("http") && isLoopback(baseUrl.getHost())) {
			return Optional.empty();
		}
		if (scheme.equals("http")) {
			return Optional.of("plain http is only allowed to a loopback host (localhost, 127.0.0.1, ::1); "
					+ "use https so tokens never cross a network in clear text");
		}
		return Optional.of("its scheme must be https (or http to a loopback host)");
	}

	/**
	 * Check a JWT lifetime against an environment's limit.
	 * @param tokenTtl the lifetime
	 * @param environment the environment
	 * @return the problem, or empty
	 */
	public static Optional<String> tokenTtlProblem(Duration tokenTtl, VictorEnvironment environment) {
		if (tokenTtl == null || tokenTtl.getSeconds() < 1) {
			return Optional.of("it must be at least 1s");
		}
		Duration max = environment.maxTokenTtl();
		if (tokenTtl.compareTo(max) > 0) {
			VictorEnvironment other = (environment == VictorEnvironment.PRODUCTION) ? VictorEnvironment.STAGING
					: VictorEnvironment.PRODUCTION;
			return Optional.of("Victor accepts at most " + max.getSeconds() + "s in " + environment.tagValue() + " ("
					+ other.tagValue() + ": " + other.maxTokenTtl().getSeconds() + "s)");
		}
		return Optional.empty();
	}

	/**
	 * Tell whether a host name is a loopback address, without any DNS lookup.
	 * @param host the host as it appears in a URI
	 * @return whether it is {@code localhost} or a loopback IP literal
	 */
	public static boolean isLoopback(String host) {
		String bare = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
		return bare.equals("localhost") || IPV4_LOOPBACK.matcher(bare).matches() || bare.equals("::1")
				|| bare.equals("0:0:0:0:0:0:0:1");
	}

}
