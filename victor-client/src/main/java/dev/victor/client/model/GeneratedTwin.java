package dev.victor.client.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model record whose twin is generated at build time beside it: a record of
 * another name with the same components, annotations, checks and masking, for where
 * Victor's API names two types for one shape. Only the twin's name and javadoc summary
 * are its own.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface GeneratedTwin {

	/**
	 * The twin's simple name.
	 * @return for example {@code AccountDetails}
	 */
	String name();

	/**
	 * The first paragraph of the twin's javadoc; its {@code @param} texts are the
	 * annotated record's.
	 * @return the summary
	 */
	String summary();

}
