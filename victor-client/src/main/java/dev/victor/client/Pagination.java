package dev.victor.client;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Follows the pages of a Victor list operation lazily: the next page is requested only
 * when the subscriber asks for more items than the pages fetched so far held, so
 * back-pressure from the subscriber reaches Victor and no page is read ahead. A server
 * that ignores the page asked for, and answers every page with the same full page, fails
 * the list typed instead of feeding it the same items forever.
 */
final class Pagination {

	private Pagination() {
	}

	/**
	 * Return every item of every page, from the first page on. A page is fetched (its
	 * request subscribed) only when the subscriber asks for an item beyond those already
	 * delivered: never ahead of demand, whatever the fetch does on subscription.
	 * @param fetch fetches one page, and fails it as unreadable when the check names a
	 * problem
	 */
	static <T> Flux<T> all(PageFetch<T> fetch) {
		return Flux.defer(() -> {
			AtomicReference<PagedRequest> next = new AtomicReference<>(PagedRequest.first());
			AtomicReference<List<T>> previous = new AtomicReference<>(List.of());
			return Flux.<PagedRequest>generate((sink) -> {
				PagedRequest request = next.get();
				if (request != null) {
					sink.next(request);
				}
				else {
					sink.complete();
				}
			})
				.concatMap((request) -> fetch.fetch(request, (page) -> repetition(page, request, previous.get()))
					.flatMapMany((page) -> items(page, request, next, previous)), 0);
		});
	}

	/**
	 * Name the problem of a page that repeats every item of the page before it: the
	 * server did not apply the page parameter, and following it would never end.
	 */
	private static <T> @Nullable String repetition(PagedResponse<T> page, PagedRequest request,
			@Nullable List<T> previous) {
		if (page.data().isEmpty() || !page.data().equals(previous)) {
			return null;
		}
		return "with page " + request.page() + " repeating every item of page " + (request.page() - 1) + " (the "
				+ PagedRequest.PAGE_PARAMETER + " parameter was not applied)";
	}

	private static <T> Flux<T> items(PagedResponse<T> page, PagedRequest request, AtomicReference<PagedRequest> next,
			AtomicReference<List<T>> previous) {
		previous.set(page.data());
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

	/**
	 * Fetches one page of a list operation.
	 *
	 * @param <T> the item type
	 */
	@FunctionalInterface
	interface PageFetch<T> {

		/**
		 * Fetch a page.
		 * @param page the page to fetch
		 * @param problemOf names what is wrong with the decoded page, or returns
		 * {@code null} when nothing is; a named problem fails the fetch as unreadable
		 * @return the page
		 */
		Mono<PagedResponse<T>> fetch(PagedRequest page, Function<PagedResponse<T>, @Nullable String> problemOf);

	}

}
