package dev.victor.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a Victor list operation ({@code PagedResponse<Item>} in the reference).
 * <p>
 * The page's field names and the query parameters that select a page are not confirmed
 * by the public reference. They live here, and only here, so that one class changes when
 * they are: the items are read from {@code data} (or {@code items}, {@code content},
 * {@code results}), and a page is requested with {@value #PAGE_PARAMETER} and
 * {@value #PAGE_SIZE_PARAMETER}.
 *
 * @param <T> the item type
 * @param data the items of this page
 * @param page the number of this page, as Victor reports it
 * @param pageSize the page size Victor applied
 * @param totalPages the number of pages, if Victor reports it
 * @param totalCount the number of items over all pages, if Victor reports it
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PagedResponse<T>(
		@JsonAlias({ "items", "content", "results" }) List<T> data,
		Integer page,
		Integer pageSize,
		Integer totalPages,
		Long totalCount) {

	/** Query parameter that selects a page. */
	public static final String PAGE_PARAMETER = "page";

	/** Query parameter that sets the page size. */
	public static final String PAGE_SIZE_PARAMETER = "page_size";

	/** Number of the first page. */
	public static final int FIRST_PAGE = 1;

	/** Page size the auto-paginating list operations ask for. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	/**
	 * Normalise the items to an unmodifiable, never-null list.
	 */
	public PagedResponse {
		data = (data != null) ? List.copyOf(data) : List.of();
	}

	/**
	 * Tell whether a page follows the one requested as {@code requestedPage} with
	 * {@code requestedSize}. Works whatever Victor reports: the total page count when
	 * present, otherwise whether this page came back full.
	 * @param requestedPage the page number that was requested
	 * @param requestedSize the page size that was requested
	 * @return whether to request the next page
	 */
	public boolean hasNextAfter(int requestedPage, int requestedSize) {
		if (this.data.isEmpty()) {
			return false;
		}
		if (this.totalPages != null) {
			return requestedPage - FIRST_PAGE + 1 < this.totalPages;
		}
		int applied = (this.pageSize != null) ? this.pageSize : requestedSize;
		return this.data.size() >= applied;
	}

}
