package dev.victor.client.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/**
 * The outbound proxy of a Victor client: none (the default), the JVM's
 * {@code https.proxyHost}/{@code https.proxyPort}/{@code http.nonProxyHosts} system
 * properties, or an HTTP ({@code CONNECT}) or SOCKS5 proxy given here. The proxy resolves
 * Victor's host name: the client never needs to. The password is a secret: it never
 * appears in {@link #toString()}.
 *
 * @since 0.2.0
 */
public final class VictorProxy {

	/** How the proxy is reached. */
	public enum Type {

		/** An HTTP proxy: the client opens a tunnel with {@code CONNECT host:port}. */
		HTTP,

		/** A SOCKS5 proxy. */
		SOCKS5

	}

	private static final VictorProxy NONE = new VictorProxy(null, null, 0, null, null, List.of(), false);

	private static final VictorProxy SYSTEM_PROPERTIES = new VictorProxy(null, null, 0, null, null, List.of(), true);

	private final @Nullable Type type;

	private final @Nullable String host;

	private final int port;

	private final @Nullable String username;

	private final @Nullable String password;

	private final List<String> nonProxyHosts;

	private final boolean systemProperties;

	private VictorProxy(@Nullable Type type, @Nullable String host, int port, @Nullable String username,
			@Nullable String password, List<String> nonProxyHosts, boolean systemProperties) {
		this.type = type;
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.nonProxyHosts = List.copyOf(nonProxyHosts);
		this.systemProperties = systemProperties;
	}

	/**
	 * Connect directly, whatever the JVM's proxy properties say (the default).
	 * @return no proxy
	 */
	public static VictorProxy none() {
		return NONE;
	}

	/**
	 * Use the proxy that the JVM's {@code https.proxyHost}, {@code https.proxyPort},
	 * {@code http.nonProxyHosts} (and their {@code http.*} and {@code socksProxy*}
	 * siblings) describe, read when the connector is built.
	 * @return the system properties' proxy
	 */
	public static VictorProxy systemProperties() {
		return SYSTEM_PROPERTIES;
	}

	/**
	 * Use this proxy.
	 * @param type how the proxy is reached
	 * @param host the proxy's host
	 * @param port the proxy's port
	 * @return a proxy without credentials or exceptions
	 * @throws IllegalArgumentException if the host is blank or the port out of range
	 */
	public static VictorProxy of(Type type, String host, int port) {
		Objects.requireNonNull(type, "type must not be null");
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("The proxy host must not be blank");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("The proxy port must be between 1 and 65535, not " + port);
		}
		return new VictorProxy(type, host, port, null, null, List.of(), false);
	}

	/**
	 * Authenticate to the proxy (HTTP {@code Proxy-Authorization: Basic}, or SOCKS5
	 * username/password).
	 * @param username the user name
	 * @param password the password, a secret
	 * @return a copy with credentials
	 */
	public VictorProxy withCredentials(String username, String password) {
		requireConfigured("credentials");
		if (username == null || username.isBlank() || password == null) {
			throw new IllegalArgumentException("A proxy user name must not be blank and its password must be set");
		}
		return new VictorProxy(this.type, this.host, this.port, username, password, this.nonProxyHosts, false);
	}

	/**
	 * Connect directly to hosts that match one of these patterns, written as the JVM's
	 * {@code http.nonProxyHosts}: a host name, or a name with a leading or trailing
	 * {@code *} wildcard ({@code *.internal.example}, {@code 10.*}), compared ignoring
	 * case.
	 * @param patterns the host patterns
	 * @return a copy with these exceptions
	 */
	public VictorProxy withNonProxyHosts(List<String> patterns) {
		requireConfigured("non-proxy hosts");
		Objects.requireNonNull(patterns, "patterns must not be null");
		return new VictorProxy(this.type, this.host, this.port, this.username, this.password, patterns, false);
	}

	/**
	 * Return the proxy's type.
	 * @return the type, or {@code null} for none or the system properties
	 */
	public @Nullable Type type() {
		return this.type;
	}

	/**
	 * Configure a Reactor Netty client to connect through this proxy.
	 * @param client the client
	 * @return the client, with this proxy
	 */
	public HttpClient applyTo(HttpClient client) {
		if (this.systemProperties) {
			return client.proxyWithSystemProperties();
		}
		if (this.type == null || this.host == null) {
			return client.noProxy();
		}
		String proxyHost = this.host;
		int proxyPort = this.port;
		ProxyProvider.Proxy nettyType = (this.type == Type.HTTP) ? ProxyProvider.Proxy.HTTP
				: ProxyProvider.Proxy.SOCKS5;
		Predicate<SocketAddress> direct = directHosts(this.nonProxyHosts);
		String user = this.username;
		String secret = this.password;
		return client.proxy((spec) -> {
			ProxyProvider.Builder builder = spec.type(nettyType)
				.host(proxyHost)
				.port(proxyPort)
				.nonProxyHostsPredicate(direct);
			if (user != null && secret != null) {
				builder.username(user).password((name) -> secret);
			}
		});
	}

	private static Predicate<SocketAddress> directHosts(List<String> patterns) {
		List<String> regexes = patterns.stream()
			.map(String::trim)
			.filter((pattern) -> !pattern.isEmpty())
			.map((pattern) -> Pattern.quote(pattern.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q"))
			.toList();
		if (regexes.isEmpty()) {
			return (address) -> false;
		}
		Pattern any = Pattern.compile(String.join("|", regexes));
		return (address) -> address instanceof InetSocketAddress inet
				&& any.matcher(inet.getHostString().toLowerCase(Locale.ROOT)).matches();
	}

	private void requireConfigured(String what) {
		if (this.type == null) {
			throw new IllegalStateException("Only a proxy given with VictorProxy.of takes " + what);
		}
	}

	@Override
	public String toString() {
		if (this.systemProperties) {
			return "VictorProxy[system properties]";
		}
		if (this.type == null) {
			return "VictorProxy[none]";
		}
		return "VictorProxy[" + this.type + " " + this.host + ":" + this.port
				+ ((this.username != null) ? ", user " + this.username + ", password ******" : "")
				+ (this.nonProxyHosts.isEmpty() ? "" : ", direct to " + this.nonProxyHosts) + "]";
	}

}
