/**
 * Spring Boot auto-configuration of the Victor payments client and its {@code victor.*}
 * configuration properties.
 */
package dev.victor.autoconfigure;
