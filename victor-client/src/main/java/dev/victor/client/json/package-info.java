/**
 * Victor's JSON wire format, isolated from the application's own Jackson configuration.
 */
@NullMarked
package dev.victor.client.json;

import org.jspecify.annotations.NullMarked;
