/**
 * Request and response types of the Victor API v2: Java records with builders, serialised
 * as snake_case JSON by {@link dev.victor.client.json.VictorJson}. Every record that
 * holds a name, an account or routing number or a secret prints it masked in
 * {@code toString()} (see {@link dev.victor.client.model.SensitiveFields}), as Spring's
 * codecs log bodies at DEBUG.
 */
@NullMarked
package dev.victor.client.model;

import org.jspecify.annotations.NullMarked;
