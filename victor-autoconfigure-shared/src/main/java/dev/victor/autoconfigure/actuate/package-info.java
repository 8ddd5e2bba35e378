/**
 * Spring Boot Actuator integration of the Victor client: health and info.
 */
@NullMarked
package dev.victor.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
