package dev.victor.client.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads a model record's components through their accessors, for what is derived from the
 * components rather than written out per record: masked {@code toString()}s and filter
 * query parameters. Each record type is reflected on once; a call then only invokes the
 * accessors.
 */
final class RecordValues {

	private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {

		@Override
		protected List<Component> computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			return (components != null) ? Arrays.stream(components).map(Component::new).toList() : List.of();
		}

	};

	private RecordValues() {
	}

	/**
	 * Return the components of a record's type, in declaration order.
	 * @param record the record
	 * @return its components
	 */
	static List<Component> of(Record record) {
		return COMPONENTS.get(record.getClass());
	}

	/**
	 * One component: its Java name, its name in snake case (as Victor's wire names are
	 * spelt) and its accessor.
	 */
	static final class Component {

		private final String name;

		private final String snakeCaseName;

		private final Method accessor;

		private Component(RecordComponent component) {
			this.name = component.getName();
			this.snakeCaseName = snakeCase(this.name);
			this.accessor = component.getAccessor();
		}

		String name() {
			return this.name;
		}

		String snakeCaseName() {
			return this.snakeCaseName;
		}

		/**
		 * Return this component's value in a record.
		 * @param record the record
		 * @return the value
		 * @throws IllegalStateException if the accessor cannot be called or fails
		 */
		@Nullable Object valueOf(Record record) {
			try {
				return this.accessor.invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + this.name + " of " + record.getClass().getSimpleName(),
						ex);
			}
		}

		private static String snakeCase(String name) {
			StringBuilder snake = new StringBuilder(name.length() + 4);
			for (char c : name.toCharArray()) {
				if (Character.isUpperCase(c)) {
					snake.append('_').append(Character.toLowerCase(c));
				}
				else {
					snake.append(c);
				}
			}
			return snake.toString();
		}

	}

}
