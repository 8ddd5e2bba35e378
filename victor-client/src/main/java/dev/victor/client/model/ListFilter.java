package dev.victor.client.model;

/**
 * A filter of a Victor list operation. Victor takes filters as one object query parameter
 * with OpenAPI's {@code style: form, explode: true}: each property is sent as a query
 * parameter of its own, which is what {@link #toQueryParameters()} returns.
 *
 * @since 0.1.0
 */
public interface ListFilter extends ValidatedRequest {

	/**
	 * Return the filter's properties as query parameters, with Victor's wire names; unset
	 * properties are left out. By default a record filter sends each of its components
	 * under the name Victor's JSON gives it ({@code victorAccountId} as
	 * {@code victor_account_id}, or its {@code @JsonProperty} name), in declaration
	 * order; a filter that is not a record overrides this.
	 * @return the query parameters
	 */
	default QueryParameters toQueryParameters() {
		if (!(this instanceof Record record)) {
			throw new UnsupportedOperationException(getClass().getName() + " must implement toQueryParameters()");
		}
		return QueryParameters.ofComponents(record);
	}

}
