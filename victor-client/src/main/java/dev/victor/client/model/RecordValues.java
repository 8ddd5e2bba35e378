package dev.victor.client.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import org.jspecify.annotations.Nullable;

/**
 * Reads a model record's components through their accessors, for what is derived from the
 * components rather than written out per record: masked {@code toString()}s and filter
 * query parameters.
 */
final class RecordValues {

	private RecordValues() {
	}

	/**
	 * Return a component's value.
	 * @param component the component
	 * @param record the record
	 * @return the value
	 * @throws IllegalStateException if the accessor cannot be called or fails
	 */
	static @Nullable Object valueOf(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(
					"Cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), ex);
		}
	}

}
