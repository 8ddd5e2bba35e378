package dev.victor.client.operations;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.error.VictorUnreadableResponseException;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PaymentRequest;
import dev.victor.client.model.PaymentRequestDirection;
import dev.victor.client.model.PaymentRequestsFilter;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.WebhookConfiguration;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-paginating lists: every page is fetched with the same filter, the next page only
 * once the current one is drained (never more than one page ahead of the subscriber), and
 * paging stops on the last page however Victor reports it, or fails typed when Victor
 * ignores the page parameter.
 */
class PaginationTests {

	private final MockWebServer server = LoopbackServers.mockWebServer();

	private final VictorPaymentsClient client = TestClients.builder(LoopbackServers.baseUrl(this.server)).build();

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void followsThreePagesWithTheFilterOnEachAndOnlyAsItemsAreRequested() throws Exception {
		this.server.enqueue(LoopbackServers.json(200,
				"{\"data\":[{\"victor_transaction_id\":\"tx_1\"},{\"victor_transaction_id\":\"tx_2\"}],\"total_pages\":3}"));
		this.server.enqueue(LoopbackServers.json(200,
				"{\"data\":[{\"victor_transaction_id\":\"tx_3\"},{\"victor_transaction_id\":\"tx_4\"}],\"total_pages\":3}"));
		this.server
			.enqueue(LoopbackServers.json(200, "{\"data\":[{\"victor_transaction_id\":\"tx_5\"}],\"total_pages\":3}"));
		TransactionsFilter filter = TransactionsFilter.builder()
			.victorAccountId("acc_1")
			.transactionType("ach")
			.build();

		StepVerifier.create(this.client.listTransactions(filter).map(TransactionDetails::victorTransactionId), 1)
			.expectNext("tx_1")
			.then(() -> assertThat(this.server.getRequestCount()).as("pages fetched for 1 item").isEqualTo(1))
			.thenRequest(2)
			.expectNext("tx_2", "tx_3")
			.then(() -> assertThat(this.server.getRequestCount()).as("pages fetched for 3 items").isEqualTo(2))
			.thenRequest(Long.MAX_VALUE)
			.expectNext("tx_4", "tx_5")
			.verifyComplete();

		for (int page = 1; page <= 3; page++) {
			assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getPath()).isEqualTo(
					"/v2/transactions?victor_account_id=acc_1&transaction_type=ach&page=" + page + "&page_size=100");
		}
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void stopsAtAnEmptyPage() throws Exception {
		this.server.enqueue(LoopbackServers.json(200, fullPageOf("webhook_id", "wh_")));
		this.server.enqueue(LoopbackServers.json(200, "{\"data\":[]}"));
		StepVerifier.create(this.client.listWebhooks().map(WebhookConfiguration::victorWebhookId))
			.expectNextCount(100)
			.verifyComplete();
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void failsTypedWhenTheServerAnswersEveryPageWithTheFirst() throws Exception {
		String firstPage = fullPageOf("victor_counterparty_id", "cp_");
		this.server.enqueue(LoopbackServers.json(200, firstPage));
		this.server.enqueue(LoopbackServers.json(200, firstPage));
		this.server.enqueue(LoopbackServers.json(200, firstPage));

		StepVerifier.create(this.client.listCounterparties().map(Counterparty::victorCounterpartyId))
			.expectNextCount(100)
			.expectErrorSatisfies((failure) -> assertThat(failure).isInstanceOf(VictorUnreadableResponseException.class)
				.hasMessageContaining("getCounterparties")
				.hasMessageContaining("page 2 opening with the first item of page 1"))
			.verify();
		assertThat(this.server.getRequestCount()).as("pages fetched").isEqualTo(2);
		assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getPath()).endsWith("page=1&page_size=100");
		assertThat(this.server.takeRequest(5, TimeUnit.SECONDS).getPath()).endsWith("page=2&page_size=100");
	}

	@Test
	void failsTypedWhenTheServerCyclesThroughPagesItAlreadyServed() throws Exception {
		String pageA = fullPageOf("victor_counterparty_id", "a_");
		this.server.enqueue(LoopbackServers.json(200, pageA));
		this.server.enqueue(LoopbackServers.json(200, fullPageOf("victor_counterparty_id", "b_")));
		this.server.enqueue(LoopbackServers.json(200, pageA));

		StepVerifier.create(this.client.listCounterparties().map(Counterparty::victorCounterpartyId))
			.expectNextCount(200)
			.expectErrorSatisfies((failure) -> assertThat(failure).isInstanceOf(VictorUnreadableResponseException.class)
				.hasMessageContaining("page 3 opening with the first item of page 1"))
			.verify();
		assertThat(this.server.getRequestCount()).as("pages fetched").isEqualTo(3);
	}

	@Test
	void aSinglePageFetchedTwiceIsNotARepetition() throws Exception {
		String firstPage = fullPageOf("victor_counterparty_id", "cp_");
		this.server.enqueue(LoopbackServers.json(200, firstPage));
		this.server.enqueue(LoopbackServers.json(200, firstPage));
		PagedRequest first = PagedRequest.first();

		StepVerifier
			.create(this.client.getCounterpartiesPage(first).concatWith(this.client.getCounterpartiesPage(first)))
			.expectNextMatches((page) -> page.data().size() == 100)
			.expectNextMatches((page) -> page.data().size() == 100)
			.verifyComplete();
	}

	@Test
	void cancellingStopsPaging() throws Exception {
		this.server.enqueue(LoopbackServers.json(200,
				"{\"data\":[{\"victor_payment_request_id\":\"rfp_1\"},{\"victor_payment_request_id\":\"rfp_2\"}],"
						+ "\"total_pages\":5}"));
		StepVerifier
			.create(this.client
				.listPaymentRequests(
						PaymentRequestsFilter.builder().direction(PaymentRequestDirection.OUTBOUND).build())
				.map(PaymentRequest::victorPaymentRequestId)
				.take(1))
			.expectNext("rfp_1")
			.verifyComplete();
		// Nothing is in flight once rfp_1 is delivered: page 2 waits for demand that
		// never comes.
		assertThat(this.server.getRequestCount()).isEqualTo(1);
		assertThat(this.server.takeRequest().getPath())
			.isEqualTo("/v2/payment-requests?direction=OUTBOUND&page=1&page_size=100");
	}

	/** A full default-size page without a page count: the client asks for the next. */
	private static String fullPageOf(String idField, String idPrefix) {
		StringBuilder full = new StringBuilder("{\"data\":[");
		for (int i = 0; i < PagedRequest.DEFAULT_PAGE_SIZE; i++) {
			full.append((i > 0) ? "," : "")
				.append("{\"")
				.append(idField)
				.append("\":\"")
				.append(idPrefix)
				.append(i)
				.append("\"}");
		}
		return full.append("]}").toString();
	}

}
