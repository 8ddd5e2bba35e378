package dev.victor.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A raw-socket HTTP/1.1 server on loopback whose every answer is scripted, down to faults
 * a real server produces but test servers usually cannot: a TCP reset, a close without a
 * response, a malformed chunk, random bytes, a reset in the middle of a body. Connections
 * are kept alive between requests, optionally closed after an idle timeout. Every request
 * is journaled.
 */
public final class ScriptedHttpServer implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final Function<Request, Action> script;

	private final Duration idleTimeout;

	private final Duration closeLatency;

	private final ExecutorService connections = Executors.newCachedThreadPool((runnable) -> {
		Thread thread = new Thread(runnable, "scripted-http");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger connectionCount = new AtomicInteger();

	private volatile boolean running = true;

	public ScriptedHttpServer(Function<Request, Action> script) throws IOException {
		this(script, Duration.ofSeconds(30));
	}

	public ScriptedHttpServer(Function<Request, Action> script, Duration idleTimeout) throws IOException {
		this(script, idleTimeout, Duration.ZERO);
	}

	/**
	 * Create a server that closes idle connections.
	 * @param script the answer to each request
	 * @param idleTimeout how long a kept-alive connection may stay idle
	 * @param closeLatency how long after deciding to close the close reaches the client,
	 * as over a real network (half a round trip); a request arriving meanwhile is
	 * discarded
	 */
	public ScriptedHttpServer(Function<Request, Action> script, Duration idleTimeout, Duration closeLatency)
			throws IOException {
		this.script = script;
		this.idleTimeout = idleTimeout;
		this.closeLatency = closeLatency;
		this.serverSocket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
		this.connections.execute(this::acceptLoop);
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.serverSocket.getLocalPort());
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	public int connectionCount() {
		return this.connectionCount.get();
	}

	@Override
	public void close() throws IOException {
		this.running = false;
		this.serverSocket.close();
		this.connections.shutdownNow();
	}

	private void acceptLoop() {
		while (this.running) {
			try {
				Socket socket = this.serverSocket.accept();
				this.connectionCount.incrementAndGet();
				this.connections.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			socket.setSoTimeout(Math.toIntExact(this.idleTimeout.toMillis()));
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			while (this.running) {
				Request request = readRequestOrIdle(in);
				if (request == null) {
					return;
				}
				this.requests.add(request);
				if (!this.script.apply(request).perform(socket, out)) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	/**
	 * Read the next request; past the idle timeout, decide to close, and let the close
	 * reach the client only after the close latency (a request arriving meanwhile is
	 * discarded).
	 */
	private Request readRequestOrIdle(InputStream in) throws IOException {
		try {
			return readRequest(in);
		}
		catch (SocketTimeoutException ex) {
			Action.sleep(this.closeLatency);
			return null;
		}
	}

	private static Request readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while (matched < 4 && (b = in.read()) != -1) {
			head.write(b);
			matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
		}
		if (matched < 4) {
			return null;
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		String[] requestLine = lines[0].split(" ");
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
			}
		}
		int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
		byte[] body = in.readNBytes(length);
		return new Request(requestLine[0], requestLine[1], headers, new String(body, StandardCharsets.UTF_8));
	}

	/**
	 * One request as received.
	 */
	public record Request(String method, String path, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name);
		}

	}

	/**
	 * What the server does with a request.
	 */
	@FunctionalInterface
	public interface Action {

		/**
		 * Perform the action.
		 * @return whether the connection stays open for the next request
		 */
		boolean perform(Socket socket, OutputStream out) throws IOException;

		static Action respond(int status, String body, String... headerPairs) {
			return (socket, out) -> {
				write(out, head(status, body.getBytes(StandardCharsets.UTF_8).length, headerPairs) + body);
				return true;
			};
		}

		/** Exactly these bytes as the response, then a close. */
		static Action raw(byte[] response) {
			return (socket, out) -> {
				out.write(response);
				out.flush();
				return false;
			};
		}

		static Action respondAfter(Duration delay, int status, String body) {
			return (socket, out) -> {
				sleep(delay);
				return respond(status, body).perform(socket, out);
			};
		}

		/** A TCP reset after reading the request: SO_LINGER 0, then close. */
		static Action reset() {
			return (socket, out) -> {
				socket.setSoLinger(true, 0);
				socket.close();
				return false;
			};
		}

		/** A graceful close without any response byte. */
		static Action closeWithoutResponse() {
			return (socket, out) -> false;
		}

		/** A chunked 200 whose first chunk size is not hexadecimal. */
		static Action malformedChunk() {
			return (socket, out) -> {
				write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
						+ "zz\r\n{\"x\":1}\r\n0\r\n\r\n");
				return false;
			};
		}

		/** Random bytes instead of an HTTP response, then a close. */
		static Action garbage(long seed) {
			return (socket, out) -> {
				byte[] noise = new byte[512];
				new Random(seed).nextBytes(noise);
				out.write(noise);
				out.flush();
				return false;
			};
		}

		/**
		 * A 200 whose header lines arrive one byte per {@code gap}, for at most 30 s;
		 * counts down {@code closed} when the client closes the connection under it.
		 */
		static Action trickleHeaders(Duration gap, CountDownLatch closed) {
			return (socket, out) -> trickle(out, "HTTP/1.1 200 OK\r\n", "X-Slow: " + "x".repeat(10_000), gap, closed);
		}

		/**
		 * A 200 with a chunked body of one space per {@code gap}, never ending (at most
		 * 30 s); counts down {@code closed} when the client closes the connection under
		 * it.
		 */
		static Action endlessChunkedBody(Duration gap, CountDownLatch closed) {
			return (socket, out) -> trickle(out,
					"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
					"1\r\n \r\n".repeat(10_000), gap, closed);
		}

		private static boolean trickle(OutputStream out, String head, String drip, Duration gap, CountDownLatch closed)
				throws IOException {
			write(out, head);
			long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			try {
				for (int i = 0; i < drip.length() && System.nanoTime() < end; i++) {
					out.write(drip.charAt(i));
					out.flush();
					sleep(gap);
				}
			}
			catch (IOException ex) {
				closed.countDown();
			}
			return false;
		}

		/** Headers announcing a body, half of it, then a TCP reset. */
		static Action resetMidBody(int status, String body) {
			return (socket, out) -> {
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				write(out, head(status, bytes.length));
				out.write(bytes, 0, bytes.length / 2);
				out.flush();
				return reset().perform(socket, out);
			};
		}

		private static String head(int status, int length, String... headerPairs) {
			StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason(status) + "\r\n");
			head.append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n");
			for (int i = 0; i + 1 < headerPairs.length; i += 2) {
				head.append(headerPairs[i]).append(": ").append(headerPairs[i + 1]).append("\r\n");
			}
			return head.append("\r\n").toString();
		}

		private static String reason(int status) {
			return (status < 300) ? "OK" : (status < 500) ? "Client Error" : "Server Error";
		}

		private static void write(OutputStream out, String text) throws IOException {
			out.write(text.getBytes(StandardCharsets.UTF_8));
			out.flush();
		}

		static void sleep(Duration delay) {
			try {
				Thread.sleep(delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
