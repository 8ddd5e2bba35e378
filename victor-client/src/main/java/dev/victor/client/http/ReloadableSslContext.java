package dev.victor.client.http;

import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSessionContext;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ApplicationProtocolNegotiator;
import io.netty.handler.ssl.SslContext;

/**
 * A client TLS context whose material can be replaced while the client runs, for
 * certificates that banks rotate: every new connection uses the context current when it
 * opens; connections already open keep theirs until the pool retires them.
 *
 * @since 0.2.0
 */
public final class ReloadableSslContext extends SslContext {

	private volatile SslContext current;

	/**
	 * Create a context that starts with this material.
	 * @param initial the client context to use until {@link #reload} replaces it
	 */
	public ReloadableSslContext(SslContext initial) {
		this.current = requireClient(initial);
	}

	/**
	 * Use this material for every connection opened from now on.
	 * @param replacement the new client context
	 */
	public void reload(SslContext replacement) {
		this.current = requireClient(replacement);
	}

	private static SslContext requireClient(SslContext context) {
		Objects.requireNonNull(context, "context must not be null");
		if (!context.isClient()) {
			throw new IllegalArgumentException("A Victor TLS context must be a client context");
		}
		return context;
	}

	@Override
	public boolean isClient() {
		return true;
	}

	@Override
	public List<String> cipherSuites() {
		return this.current.cipherSuites();
	}

	@Override
	@SuppressWarnings("deprecation")
	public ApplicationProtocolNegotiator applicationProtocolNegotiator() {
		return this.current.applicationProtocolNegotiator();
	}

	@Override
	public SSLEngine newEngine(ByteBufAllocator alloc) {
		return this.current.newEngine(alloc);
	}

	@Override
	public SSLEngine newEngine(ByteBufAllocator alloc, String peerHost, int peerPort) {
		return this.current.newEngine(alloc, peerHost, peerPort);
	}

	@Override
	public SSLSessionContext sessionContext() {
		return this.current.sessionContext();
	}

}
