/**
 * Victor's JSON wire format, isolated from the application's own Jackson configuration.
 */
package dev.victor.client.json;
