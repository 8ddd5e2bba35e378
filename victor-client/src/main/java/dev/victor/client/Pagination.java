package dev.victor.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * that ignores the page asked for, and answers with a page it already served, fails the
 * list typed instead of feeding it the same items forever.
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
			Pages<T> pages = new Pages<>();
			return Flux.<PagedRequest>generate((sink) -> {
				PagedRequest request = pages.next;
				if (request != null) {
					sink.next(request);
				}
				else {
					sink.complete();
				}
			})
				.concatMap((request) -> fetch.fetch(request, (page) -> pages.repetition(page, request))
					.flatMapMany((page) -> pages.items(page, request)), 0);
		});
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
	 * The pages one subscription has fetched: which to fetch next, and the page each
	 * first item opened, so that a page the server already served is recognised.
	 */
	private static final class Pages<T> {

		private volatile @Nullable PagedRequest next = PagedRequest.first();

		private final Map<T, Integer> pageOpenedBy = new ConcurrentHashMap<>();

		/**
		 * Name the problem of a page that opens with the item an earlier page opened
		 * with: the server did not apply the page parameter (it repeats a page, or cycles
		 * through some), and following it would never end.
		 */
		@Nullable String repetition(PagedResponse<T> page, PagedRequest request) {
			Integer earlier = page.data().isEmpty() ? null : this.pageOpenedBy.get(page.data().get(0));
			return (earlier != null) ? "with page " + request.page() + " opening with the first item of page " + earlier
					+ " (the " + PagedRequest.PAGE_PARAMETER + " parameter was not applied)" : null;
		}

		Flux<T> items(PagedResponse<T> page, PagedRequest request) {
			if (!page.data().isEmpty()) {
				this.pageOpenedBy.putIfAbsent(page.data().get(0), request.page());
			}
			boolean more = page.hasNextAfter(request);
			this.next = more ? request.next() : null;
			Flux<T> items = Flux.fromIterable(page.data());
			return more ? items.concatWith(untilMoreIsRequested()) : items;
		}

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
