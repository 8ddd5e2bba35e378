/**
 * Request and response types of the Victor API v2: Java records with builders, serialised
 * as snake_case JSON by {@link dev.victor.client.json.VictorJson}.
 */
@NullMarked
package dev.victor.client.model;

import org.jspecify.annotations.NullMarked;
