package dev.victor.client;

import java.util.concurrent.atomic.AtomicReference;
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
	 * Return every item of every page, from the first page on. The next page request is
	 * generated only once the previous page's items have all been delivered, so a page is
	 * fetched (its request subscribed) only then, whatever the fetch does on subscription.
	 * @param fetch fetches one page
	 */
	static <T> Flux<T> all(Function<PagedRequest, Mono<PagedResponse<T>>> fetch) {
		return Flux.defer(() -> {
			AtomicReference<PagedRequest> next = new AtomicReference<>(PagedRequest.first());
			return Flux.<PagedRequest>generate((sink) -> {
				PagedRequest request = next.get();
				if (request != null) {
					sink.next(request);
				}
				else {
					sink.complete();
				}
			}).concatMap((request) -> fetch.apply(request)
				.doOnNext((page) -> next.set(page.hasNextAfter(request) ? request.next() : null))
				.flatMapIterable(PagedResponse::data), 0);
		});
	}

}
