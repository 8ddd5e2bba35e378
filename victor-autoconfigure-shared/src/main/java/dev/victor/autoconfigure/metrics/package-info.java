/**
 * Micrometer metrics of the auto-configured Victor client: retries, tokens, connection
 * pool.
 */
@NullMarked
package dev.victor.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
