package dev.victor.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An outbound proxy on loopback, HTTP ({@code CONNECT}) or SOCKS5, that knows host names
 * the client cannot resolve: each maps to a port on 127.0.0.1. It records every tunnel
 * request and every {@code Proxy-Authorization} header, refuses wrong credentials (407,
 * or SOCKS5 status 1), and then relays bytes both ways without reading them (TLS passes
 * through).
 */
public final class LoopbackProxy implements AutoCloseable {

	/** The proxy protocol spoken. */
	public enum Protocol {

		HTTP, SOCKS5

	}

	private final Protocol protocol;

	private final Map<String, Integer> knownHosts;

	private final String username;

	private final String password;

	private final ServerSocket serverSocket;

	private final List<String> tunnelRequests = new CopyOnWriteArrayList<>();

	private final List<String> proxyAuthorizations = new CopyOnWriteArrayList<>();

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	/**
	 * Start a proxy.
	 * @param protocol the protocol
	 * @param knownHosts host names only this proxy resolves, each to a loopback port
	 * @param username the user name it requires, or {@code null} for none
	 * @param password the password it requires
	 * @throws IOException if it cannot listen
	 */
	public LoopbackProxy(Protocol protocol, Map<String, Integer> knownHosts, String username, String password)
			throws IOException {
		this.protocol = protocol;
		this.knownHosts = Map.copyOf(knownHosts);
		this.username = username;
		this.password = password;
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptLoop, "loopback-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.serverSocket.getLocalPort();
	}

	/**
	 * Return each tunnel asked for: {@code CONNECT host:port HTTP/1.1}, or
	 * {@code SOCKS5 host:port}.
	 * @return the tunnel requests, in order
	 */
	public List<String> tunnelRequests() {
		return List.copyOf(this.tunnelRequests);
	}

	/**
	 * Return the {@code Proxy-Authorization} header of each HTTP tunnel request (empty
	 * when absent), or {@code user:password} as SOCKS5 carried them.
	 * @return the credentials presented, in order
	 */
	public List<String> proxyAuthorizations() {
		return List.copyOf(this.proxyAuthorizations);
	}

	private void acceptLoop() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket client = this.serverSocket.accept();
				this.sockets.add(client);
				Thread handler = new Thread(() -> serve(client), "loopback-proxy-client");
				handler.setDaemon(true);
				handler.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try {
			DataInputStream in = new DataInputStream(client.getInputStream());
			OutputStream out = client.getOutputStream();
			Integer target = (this.protocol == Protocol.HTTP) ? httpHandshake(in, out) : socksHandshake(in, out);
			if (target == null) {
				client.close();
				return;
			}
			Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
			this.sockets.add(upstream);
			if (this.protocol == Protocol.HTTP) {
				out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			else {
				out.write(new byte[] { 5, 0, 0, 1, 127, 0, 0, 1, 0, 0 });
			}
			out.flush();
			Thread down = new Thread(() -> relay(upstream, client), "loopback-proxy-relay");
			down.setDaemon(true);
			down.start();
			relay(client, upstream);
		}
		catch (IOException ex) {
			closeQuietly(client);
		}
	}

	private Integer httpHandshake(DataInputStream in, OutputStream out) throws IOException {
		String requestLine = readLine(in);
		String authorization = "";
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			if (line.regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
				authorization = line.substring(20).trim();
			}
		}
		this.tunnelRequests.add(requestLine);
		this.proxyAuthorizations.add(authorization);
		if (this.username != null && !authorization.equals("Basic " + Base64.getEncoder()
			.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8)))) {
			out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
					+ "Content-Length: 0\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return null;
		}
		String[] parts = requestLine.split(" ");
		Integer target = (parts.length == 3 && parts[0].equals("CONNECT")) ? knownPort(parts[1]) : null;
		if (target == null) {
			out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}
		return target;
	}

	private Integer socksHandshake(DataInputStream in, OutputStream out) throws IOException {
		if (in.readUnsignedByte() != 5) {
			return null;
		}
		in.readFully(new byte[in.readUnsignedByte()]);
		if (this.username == null) {
			out.write(new byte[] { 5, 0 });
		}
		else {
			out.write(new byte[] { 5, 2 });
			out.flush();
			in.readUnsignedByte();
			String user = new String(readBytes(in, in.readUnsignedByte()), StandardCharsets.UTF_8);
			String secret = new String(readBytes(in, in.readUnsignedByte()), StandardCharsets.UTF_8);
			this.proxyAuthorizations.add(user + ":" + secret);
			boolean accepted = user.equals(this.username) && secret.equals(this.password);
			out.write(new byte[] { 1, (byte) (accepted ? 0 : 1) });
			if (!accepted) {
				out.flush();
				return null;
			}
		}
		out.flush();
		in.readUnsignedByte();
		in.readUnsignedByte();
		in.readUnsignedByte();
		int addressType = in.readUnsignedByte();
		String host = switch (addressType) {
			case 1 -> InetAddress.getByAddress(readBytes(in, 4)).getHostAddress();
			case 3 -> new String(readBytes(in, in.readUnsignedByte()), StandardCharsets.US_ASCII);
			case 4 -> InetAddress.getByAddress(readBytes(in, 16)).getHostAddress();
			default -> throw new IOException("Unknown SOCKS5 address type " + addressType);
		};
		int port = in.readUnsignedShort();
		this.tunnelRequests.add("SOCKS5 " + host + ":" + port);
		Integer target = knownPort(host + ":" + port);
		if (target == null) {
			out.write(new byte[] { 5, 4, 0, 1, 0, 0, 0, 0, 0, 0 });
			out.flush();
		}
		return target;
	}

	private Integer knownPort(String hostAndPort) {
		int colon = hostAndPort.lastIndexOf(':');
		return (colon > 0) ? this.knownHosts.get(hostAndPort.substring(0, colon)) : null;
	}

	private static byte[] readBytes(DataInputStream in, int length) throws IOException {
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return bytes;
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("The client closed the connection mid-request");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	private void relay(Socket from, Socket to) {
		try {
			from.getInputStream().transferTo(to.getOutputStream());
		}
		catch (IOException ex) {
			// either side closed: end both
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		this.sockets.forEach(LoopbackProxy::closeQuietly);
	}

}
