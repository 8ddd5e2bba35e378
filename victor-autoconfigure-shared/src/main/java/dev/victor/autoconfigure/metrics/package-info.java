/**
 * Micrometer metrics of the auto-configured Victor client: retries, tokens, connection pool.
 */
package dev.victor.autoconfigure.metrics;
