package dev.victor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

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
		MockWebServer server = new MockWebServer();
		try {
			server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return server;
	}

}
