package dev.victor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Certificates generated in the test: a root authority, and servers and clients it signs,
 * so TLS is proven with material that exists nowhere else.
 */
public final class TestCertificates {

	/** A host name that only a test proxy can resolve. */
	public static final String PRIVATE_HOST = "victor.internal";

	private final HeldCertificate root;

	private TestCertificates(HeldCertificate root) {
		this.root = root;
	}

	/**
	 * Create a new root authority.
	 * @param name its common name
	 * @return the authority
	 */
	public static TestCertificates authority(String name) {
		return new TestCertificates(new HeldCertificate.Builder().commonName(name).certificateAuthority(0).build());
	}

	/**
	 * Return the root certificate.
	 * @return the root
	 */
	public HeldCertificate root() {
		return this.root;
	}

	/**
	 * Issue a certificate for {@code localhost}, 127.0.0.1 and {@link #PRIVATE_HOST}.
	 * @param commonName its common name
	 * @return the certificate and its key
	 */
	public HeldCertificate issue(String commonName) {
		return new HeldCertificate.Builder().commonName(commonName)
			.addSubjectAlternativeName("localhost")
			.addSubjectAlternativeName("127.0.0.1")
			.addSubjectAlternativeName(PRIVATE_HOST)
			.signedBy(this.root)
			.build();
	}

	/**
	 * Start an HTTPS MockWebServer on loopback presenting a certificate of this
	 * authority.
	 * @param requireClientCertificate whether the server demands a client certificate
	 * signed by this authority
	 * @return the running server
	 */
	public MockWebServer httpsServer(boolean requireClientCertificate) {
		HandshakeCertificates serverCertificates = new HandshakeCertificates.Builder()
			.heldCertificate(issue("victor-test-server"))
			.addTrustedCertificate(this.root.certificate())
			.build();
		MockWebServer server = new MockWebServer();
		server.useHttps(serverCertificates.sslSocketFactory(), false);
		if (requireClientCertificate) {
			server.requireClientAuth();
		}
		return LoopbackServers.start(server);
	}

	/**
	 * A Netty client context that trusts this authority only.
	 * @return the context
	 */
	public SslContext trustingClientContext() {
		try {
			return SslContextBuilder.forClient().trustManager(this.root.certificate()).build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
