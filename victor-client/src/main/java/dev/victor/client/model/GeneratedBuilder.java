package dev.victor.client.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model record whose builder ({@code <Record>Builder}, in this package) is
 * generated at build time by the Victor model processor: one setter per component,
 * documented with the record's {@code @param} text.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface GeneratedBuilder {

}
