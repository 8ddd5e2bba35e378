/**
 * Spring Boot auto-configuration of the Victor payments client and its {@code victor.*}
 * configuration properties.
 */
@NullMarked
package dev.victor.autoconfigure;

import org.jspecify.annotations.NullMarked;
