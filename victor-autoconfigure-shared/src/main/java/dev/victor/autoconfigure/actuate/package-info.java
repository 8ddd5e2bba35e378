/**
 * Spring Boot Actuator integration of the Victor client: health and info.
 */
package dev.victor.autoconfigure.actuate;
