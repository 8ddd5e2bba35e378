/**
 * Ahead-of-time and native-image support: the runtime hints of the Victor client.
 */
@NullMarked
package dev.victor.client.aot;

import org.jspecify.annotations.NullMarked;
