package dev.victor.client.model;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Reads a model record's components through their accessors, for what is derived from the
 * components rather than written out per record: masked {@code toString()}s, filter query
 * parameters and declared constraints. Each record type is reflected on once; a call then
 * only invokes the accessors.
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

	/** Return the components of a record type, in declaration order. */
	static List<Component> of(Class<?> type) {
		return COMPONENTS.get(type);
	}

	/**
	 * One component: its Java name, its name in Victor's JSON (and query parameters), its
	 * annotations and a reader of its value.
	 */
	static final class Component {

		private final String name;

		private final String jsonName;

		private final RecordComponent component;

		private final MethodHandle reader;

		private Component(RecordComponent component) {
			this.name = component.getName();
			this.jsonName = jsonName(component.getAccessor());
			this.component = component;
			this.reader = readerOf(component.getAccessor());
		}

		String name() {
			return this.name;
		}

		/**
		 * Return the name Victor's JSON gives this component: its
		 * {@link JsonProperty @JsonProperty} name, or else its name in snake case.
		 */
		String jsonName() {
			return this.jsonName;
		}

		Class<?> type() {
			return this.component.getType();
		}

		<A extends Annotation> @Nullable A annotation(Class<A> type) {
			return this.component.getAnnotation(type);
		}

		/**
		 * Return this component's value in a record.
		 * @param record the record
		 * @return the value
		 * @throws IllegalStateException if the accessor cannot be called or fails
		 */
		@Nullable Object valueOf(Record record) {
			try {
				return (Object) this.reader.invokeExact(record);
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Cannot read " + this.name + " of " + record.getClass().getSimpleName(),
						ex);
			}
		}

		/**
		 * Return a handle that reads the component without an argument array per read (a
		 * record that is not public too, unless its module is closed to this one), or
		 * that fails where the accessor may not be called.
		 */
		private static MethodHandle readerOf(Method accessor) {
			try {
				accessor.trySetAccessible();
				return MethodHandles.lookup()
					.unreflect(accessor)
					.asType(MethodType.methodType(Object.class, Record.class));
			}
			catch (IllegalAccessException ex) {
				MethodHandle failure = MethodHandles.throwException(Object.class, IllegalAccessException.class)
					.bindTo(ex);
				return MethodHandles.dropArguments(failure, 0, Record.class);
			}
		}

		private static String jsonName(Method accessor) {
			JsonProperty property = accessor.getAnnotation(JsonProperty.class);
			return (property != null && !property.value().isEmpty()) ? property.value() : snakeCase(accessor.getName());
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
