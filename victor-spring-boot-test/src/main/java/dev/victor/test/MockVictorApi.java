package dev.victor.test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.victor.client.model.Counterparty;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;

/**
 * The in-memory resources of {@link MockVictorServer}: ACH payments and the transactions they
 * create, and counterparties with paged listing.
 */
final class MockVictorApi {

	private final Clock clock;

	private final AtomicLong sequence = new AtomicLong();

	private final Map<String, TransactionDetails> transactions = new ConcurrentHashMap<>();

	private final Map<String, Counterparty> counterparties = new ConcurrentSkipListMap<>();

	MockVictorApi(Clock clock) {
		this.clock = clock;
	}

	MockResponse createAchPayment(NewAchPaymentRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		requireText(errors, "from_account_number", request.fromAccountNumber());
		requireText(errors, "counterparty_id", request.counterpartyId());
		if (request.amount() == null || request.amount().signum() <= 0 || request.amount().scale() > 2) {
			errors.add(fieldError("amount", "must be greater than 0 with at most two decimals"));
		}
		if (request.direction() == null) {
			errors.add(fieldError("direction", "must be credit or debit"));
		}
		if (request.secCode() == null) {
			errors.add(fieldError("sec_code", "must be ccd, ppd or web"));
		}
		if (request.counterpartyId() != null && !this.counterparties.containsKey(request.counterpartyId())) {
			errors.add(fieldError("counterparty_id", "counterparty not found"));
		}
		if (!errors.isEmpty()) {
			return new MockResponse(400, Map.of("message", "Invalid payment request", "errors", errors));
		}
		String id = "tx_" + this.sequence.incrementAndGet();
		TransactionDetails details = TransactionDetails.builder()
			.victorTransactionId(id)
			.clientReferenceId(request.clientReferenceId())
			.transactionType("ACH")
			.status(TransactionStatus.PENDING)
			.amount(request.amount())
			.direction(request.direction().wireValue())
			.fromAccountNumber(request.fromAccountNumber())
			.counterpartyId(request.counterpartyId())
			.createdAt(this.clock.instant())
			.updatedAt(this.clock.instant())
			.build();
		this.transactions.put(id, details);
		return MockResponse.ok(TransactionReceipt.builder()
			.victorTransactionId(id)
			.status(details.status())
			.amount(details.amount())
			.createdAt(details.createdAt())
			.build());
	}

	MockResponse getTransaction(String reference) {
		return this.transactions.values()
			.stream()
			.filter((tx) -> tx.victorTransactionId().equals(reference) || reference.equals(tx.clientReferenceId()))
			.findFirst()
			.map(MockResponse::ok)
			.orElseGet(() -> MockResponse.error(404, "Transaction not found"));
	}

	MockResponse createCounterparty(NewCounterpartyRequest request) {
		if (request.accountName() == null || request.accountName().isBlank()) {
			return new MockResponse(400, Map.of("message", "Invalid counterparty request", "errors",
					List.of(fieldError("account_name", "must not be blank"))));
		}
		String id = "cp_" + this.sequence.incrementAndGet();
		Counterparty counterparty = Counterparty.builder()
			.victorCounterpartyId(id)
			.accountName(request.accountName())
			.achInfo(request.achInfo())
			.wireInfo(request.wireInfo())
			.rtpInfo(request.rtpInfo())
			.address(request.address())
			.createdAt(this.clock.instant())
			.updatedAt(this.clock.instant())
			.build();
		this.counterparties.put(id, counterparty);
		return MockResponse.ok(counterparty);
	}

	MockResponse getCounterparty(String id) {
		Counterparty counterparty = this.counterparties.get(id);
		return (counterparty != null) ? MockResponse.ok(counterparty)
				: MockResponse.error(404, "Counterparty not found");
	}

	MockResponse listCounterparties(int page, int pageSize) {
		if (page < PagedResponse.FIRST_PAGE || pageSize < 1) {
			return MockResponse.error(400, "Invalid list request");
		}
		List<Counterparty> all = new ArrayList<>(this.counterparties.values());
		int from = Math.min((page - PagedResponse.FIRST_PAGE) * pageSize, all.size());
		int to = Math.min(from + pageSize, all.size());
		int totalPages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
		return MockResponse.ok(new PagedResponse<>(all.subList(from, to), page, pageSize, totalPages, (long) all.size()));
	}

	private static void requireText(List<Map<String, String>> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(fieldError(field, "is required"));
		}
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
