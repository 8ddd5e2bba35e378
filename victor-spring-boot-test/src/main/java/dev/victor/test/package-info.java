/**
 * Test kit of the Victor starter: an embedded mock Victor API for offline tests.
 */
package dev.victor.test;
