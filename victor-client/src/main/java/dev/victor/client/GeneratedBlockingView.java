package dev.victor.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the support class from which the Victor model processor derives the blocking
 * client at build time: one method per method of the reactive interface, with its
 * javadoc.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface GeneratedBlockingView {

	/**
	 * Return the simple name of the class to generate.
	 * @return the name
	 */
	String value();

}
