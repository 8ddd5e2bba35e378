/**
 * The HTTP layer of the Victor client: the filters of its {@code WebClient} and its
 * Reactor Netty connector.
 */
@NullMarked
package dev.victor.client.http;

import org.jspecify.annotations.NullMarked;
