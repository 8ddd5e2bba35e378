package dev.victor.client.model;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters of a Victor call, in the order they were added, with values already in
 * their wire form: {@link WireEnum}s as their wire value, offset and zoned date-times as
 * the UTC instant with a {@code Z}, dates as ISO-8601, everything else as
 * {@link String#valueOf(Object)}. {@code null} values are left out.
 *
 * @since 0.1.0
 */
public final class QueryParameters {

	private static final QueryParameters EMPTY = new QueryParameters(Map.of());

	private final Map<String, List<String>> values;

	private QueryParameters(Map<String, List<String>> values) {
		this.values = values;
	}

	/**
	 * Return query parameters without any parameter.
	 * @return the empty parameters
	 */
	public static QueryParameters empty() {
		return EMPTY;
	}

	/**
	 * Start building query parameters.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return a record's components as parameters, each under its JSON name.
	 * @param record the record, for example a {@link ListFilter}
	 * @return the parameters, {@code null} components left out
	 */
	static QueryParameters ofComponents(Record record) {
		Builder builder = new Builder();
		for (RecordValues.Component component : RecordValues.of(record.getClass())) {
			builder.add(component.jsonName(), component.valueOf(record));
		}
		return builder.build();
	}

	/**
	 * Return these parameters followed by {@code others}.
	 * @param others the parameters to add
	 * @return the combined parameters
	 */
	public QueryParameters and(QueryParameters others) {
		if (others.values.isEmpty()) {
			return this;
		}
		if (this.values.isEmpty()) {
			return others;
		}
		Builder builder = new Builder();
		this.values.forEach((name, list) -> list.forEach((value) -> builder.add(name, value)));
		others.values.forEach((name, list) -> list.forEach((value) -> builder.add(name, value)));
		return builder.build();
	}

	/**
	 * Return the parameters by name, each with its values in order.
	 * @return an unmodifiable view
	 */
	public Map<String, List<String>> asMap() {
		return this.values;
	}

	/**
	 * Tell whether no parameter is set.
	 * @return whether there are no parameters
	 */
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof QueryParameters parameters) && this.values.equals(parameters.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return "QueryParameters" + this.values.keySet();
	}

	/**
	 * Builder of {@link QueryParameters}.
	 */
	public static final class Builder {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Add a parameter, unless {@code value} is {@code null}.
		 * @param name the wire name
		 * @param value the value, converted to its wire form
		 * @return this builder
		 */
		public Builder add(String name, @Nullable Object value) {
			if (value != null) {
				this.values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(wireForm(value));
			}
			return this;
		}

		/**
		 * Build the parameters.
		 * @return new, immutable parameters
		 */
		public QueryParameters build() {
			if (this.values.isEmpty()) {
				return EMPTY;
			}
			Map<String, List<String>> copy = new LinkedHashMap<>();
			this.values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
			return new QueryParameters(Collections.unmodifiableMap(copy));
		}

		private static String wireForm(Object value) {
			if (value instanceof WireEnum wireEnum) {
				return wireEnum.wireValue();
			}
			if (value instanceof TemporalAccessor temporal && !(value instanceof Instant)
					&& temporal.isSupported(ChronoField.OFFSET_SECONDS)) {
				return Instant.from(temporal).toString();
			}
			return String.valueOf(value);
		}

	}

}
