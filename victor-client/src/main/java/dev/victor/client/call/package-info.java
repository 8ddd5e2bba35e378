/**
 * What a request to Victor is, as the filters read it:
 * {@link dev.victor.client.call.VictorCall}, one typed descriptor per call, and the
 * attribute names a raw {@code victorWebClient} call may set instead. Depends on nothing
 * else of the client.
 */
@NullMarked
package dev.victor.client.call;

import org.jspecify.annotations.NullMarked;
