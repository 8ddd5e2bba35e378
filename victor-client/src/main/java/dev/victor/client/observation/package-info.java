/**
 * Micrometer observations of Victor calls: one per HTTP exchange, named and tagged by a
 * replaceable convention.
 */
@NullMarked
package dev.victor.client.observation;

import org.jspecify.annotations.NullMarked;
