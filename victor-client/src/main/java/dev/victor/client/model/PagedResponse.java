package dev.victor.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Victor list operation ({@code PagedResponse<Item>} in the reference).
 * <p>
 * The page's field names and the query parameters that select a page are not confirmed by
 * the public reference. The response side lives here, and only here, so that one class
 * changes when it is confirmed: the items are read from {@code data} (or {@code items},
 * {@code content}, {@code results}). The request side lives in {@link PagedRequest}.
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
public record PagedResponse<T>(@JsonAlias( {
		"items", "content", "results" }) List<T> data, @Nullable Integer page, @Nullable Integer pageSize,
		@Nullable Integer totalPages, @Nullable Long totalCount){

	/**
	 * Normalise the items to an unmodifiable, never-null list.
	 */
	public PagedResponse {
		data = (data != null) ? List.copyOf(data) : List.of();
	}

	/**
	 * Tell whether a page follows the one {@code requested}. Works whatever Victor
	 * reports: the total page count when present, otherwise whether this page came back
	 * full.
	 * @param requested the page that was requested
	 * @return whether to request the next page
	 */
	public boolean hasNextAfter(PagedRequest requested) {
		if (this.data.isEmpty()) {
			return false;
		}
		if (this.totalPages != null) {
			return requested.page() - PagedRequest.FIRST_PAGE + 1 < this.totalPages;
		}
		int applied = (this.pageSize != null) ? this.pageSize : requested.pageSize();
		return this.data.size() >= applied;
	}

}
