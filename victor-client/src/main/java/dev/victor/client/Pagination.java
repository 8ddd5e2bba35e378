package dev.victor.client;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Follows the pages of a Victor list operation lazily: the next page is requested only
 * when the subscriber asks for more items than the pages fetched so far held, so
 * back-pressure from the subscriber reaches Victor and no page is read ahead.
 */
final class Pagination {

	private Pagination() {
	}

	/**
	 * Return every item of every page, from the first page on. A page is fetched (its
	 * request subscribed) only when the subscriber asks for an item beyond those already
	 * delivered: never ahead of demand, whatever the fetch does on subscription.
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
			}).concatMap((request) -> fetch.apply(request).flatMapMany((page) -> items(page, request, next)), 0);
		});
	}

	private static <T> Flux<T> items(PagedResponse<T> page, PagedRequest request, AtomicReference<PagedRequest> next) {
		boolean more = page.hasNextAfter(request);
		next.set(more ? request.next() : null);
		Flux<T> items = Flux.fromIterable(page.data());
		return more ? items.concatWith(untilMoreIsRequested()) : items;
	}

	/**
	 * Completes, empty, only once the subscriber requests more. Without it a page's items
	 * complete as soon as the last one is delivered, and {@code concatMap} would fetch
	 * the next page before anyone asked for it.
	 */
	private static <T> Mono<T> untilMoreIsRequested() {
		return Mono.create((sink) -> sink.onRequest((n) -> sink.success()));
	}

}
