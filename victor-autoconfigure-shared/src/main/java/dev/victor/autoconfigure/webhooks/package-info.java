/**
 * The webhook receiver: Victor's transaction events in, authenticated, de-duplicated,
 * confirmed by reading the transaction back, and published as Spring application events.
 */
@NullMarked
package dev.victor.autoconfigure.webhooks;

import org.jspecify.annotations.NullMarked;
