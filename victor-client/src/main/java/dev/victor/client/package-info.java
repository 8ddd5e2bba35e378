/**
 * The Victor payments client: {@link dev.victor.client.VictorPaymentsClient}, its builder
 * and per-call options. Depends on Spring Framework and Reactor, never on Spring Boot.
 */
@NullMarked
package dev.victor.client;

import org.jspecify.annotations.NullMarked;
