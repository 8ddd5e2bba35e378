/**
 * The HTTP layer of the Victor client: the filters of its {@code WebClient} and its Reactor
 * Netty connector.
 */
package dev.victor.client.http;
