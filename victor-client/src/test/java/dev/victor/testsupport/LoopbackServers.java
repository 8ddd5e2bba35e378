package dev.victor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Test HTTP servers bound to loopback only.
 */
public final class LoopbackServers {

	private LoopbackServers() {
	}

	/**
	 * Start a MockWebServer on a free loopback port.
	 * @return the running server
	 */
	public static MockWebServer mockWebServer() {
		return start(new MockWebServer());
	}

	/**
	 * Start a configured MockWebServer (HTTPS, client authentication...) on a free
	 * loopback port.
	 * @param server the server, not yet started
	 * @return the running server
	 */
	public static MockWebServer start(MockWebServer server) {
		try {
			server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return server;
	}

	/**
	 * Return the base URL of a MockWebServer.
	 * @param server the server
	 * @return its root URL
	 */
	public static URI baseUrl(MockWebServer server) {
		return URI.create(server.url("/").toString());
	}

	/**
	 * A JSON response.
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @return the response to enqueue
	 */
	public static MockResponse json(int status, String body) {
		return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
	}

}
