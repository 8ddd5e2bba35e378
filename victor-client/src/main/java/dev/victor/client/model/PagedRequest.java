package dev.victor.client.model;

/**
 * Which page of a Victor list operation to return ({@code PagedRequest} in the
 * reference), sent as flat query parameters. Victor's names of those parameters are not
 * confirmed by the public reference; they live here, and only here:
 * {@value #PAGE_PARAMETER} (counted from {@value #FIRST_PAGE}) and
 * {@value #PAGE_SIZE_PARAMETER}.
 *
 * @param page the page number, from {@value #FIRST_PAGE}
 * @param pageSize the number of items per page, from 1 to {@value #MAX_PAGE_SIZE}
 * @since 0.1.0
 */
public record PagedRequest(int page, int pageSize) {

	/** Query parameter that selects a page. */
	public static final String PAGE_PARAMETER = "page";

	/** Query parameter that sets the page size. */
	public static final String PAGE_SIZE_PARAMETER = "page_size";

	/** Number of the first page. */
	public static final int FIRST_PAGE = 1;

	/** Page size the auto-paginating list operations ask for. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	/** Largest page size this client asks for. */
	public static final int MAX_PAGE_SIZE = 1000;

	/**
	 * Check the page number and size.
	 * @throws IllegalArgumentException if either is out of range
	 */
	public PagedRequest {
		if (page < FIRST_PAGE) {
			throw new IllegalArgumentException("page must be at least " + FIRST_PAGE + " but was " + page);
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"pageSize must be between 1 and " + MAX_PAGE_SIZE + " but was " + pageSize);
		}
	}

	/**
	 * Return the first page with the default size.
	 * @return the first page
	 */
	public static PagedRequest first() {
		return of(FIRST_PAGE, DEFAULT_PAGE_SIZE);
	}

	/**
	 * Return a page.
	 * @param page the page number, from {@value #FIRST_PAGE}
	 * @param pageSize the number of items per page
	 * @return the page request
	 */
	public static PagedRequest of(int page, int pageSize) {
		return new PagedRequest(page, pageSize);
	}

	/**
	 * Return the page after this one, with the same size.
	 * @return the next page
	 */
	public PagedRequest next() {
		return new PagedRequest(this.page + 1, this.pageSize);
	}

	/**
	 * Return this page as query parameters.
	 * @return the page and page-size parameters
	 */
	public QueryParameters toQueryParameters() {
		return QueryParameters.builder().add(PAGE_PARAMETER, this.page).add(PAGE_SIZE_PARAMETER, this.pageSize).build();
	}

}
