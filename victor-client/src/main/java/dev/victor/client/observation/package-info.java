/**
 * Micrometer observations of Victor calls: one per HTTP exchange, named and tagged by a
 * replaceable convention.
 */
package dev.victor.client.observation;
