package dev.victor.client;

import java.util.function.Function;

import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Follows the pages of a Victor list operation lazily: the next page is requested only
 * once the items of the current one have been consumed, so back-pressure from the
 * subscriber reaches Victor, with at most one page read ahead.
 */
final class Pagination {

	private Pagination() {
	}

	/**
	 * Return every item of every page, from the first page on.
	 * @param fetch fetches one page
	 */
	static <T> Flux<T> all(Function<PagedRequest, Mono<PagedResponse<T>>> fetch) {
		return fetched(PagedRequest.first(), fetch)
			.expand((page) -> page.response().hasNextAfter(page.request())
					? fetched(page.request().next(), fetch) : Mono.empty())
			.concatMap((page) -> Flux.fromIterable(page.response().data()), 0);
	}

	private static <T> Mono<FetchedPage<T>> fetched(PagedRequest request,
			Function<PagedRequest, Mono<PagedResponse<T>>> fetch) {
		return fetch.apply(request).map((response) -> new FetchedPage<>(request, response));
	}

	private record FetchedPage<T>(PagedRequest request, PagedResponse<T> response) {
	}

}
