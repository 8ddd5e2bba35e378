/**
 * Exceptions of the Victor client: typed Spring {@code WebClientResponseException}s for
 * error statuses, {@code VictorTransportException} for failures without a response, and
 * {@code VictorValidationException} for calls refused before sending.
 */
@NullMarked
package dev.victor.client.error;

import org.jspecify.annotations.NullMarked;
