package dev.victor.test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PagedResponse;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;

/**
 * The in-memory resources of {@link MockVictorServer}: accounts, ACH payments (which can
 * be cancelled while pending) and the transactions they create, counterparties and
 * webhooks, with paged listing.
 */
final class MockVictorApi {

	private final Clock clock;

	private final AtomicLong sequence = new AtomicLong();

	/**
	 * Orders ids such as {@code cp_2} and {@code cp_10} by their sequence number:
	 * creation order. Any other id a caller asks for ({@code cp_demo}, {@code nope})
	 * sorts after them and is simply not found: looking it up must answer 404, never fail
	 * in the comparator.
	 */
	private static final Comparator<String> BY_SEQUENCE = Comparator.comparingLong(MockVictorApi::sequenceOf)
		.thenComparing(Comparator.naturalOrder());

	private static long sequenceOf(String id) {
		String digits = id.substring(id.indexOf('_') + 1);
		boolean sequenced = !digits.isEmpty() && digits.length() <= 18
				&& digits.chars().allMatch((c) -> c >= '0' && c <= '9');
		return sequenced ? Long.parseLong(digits) : Long.MAX_VALUE;
	}

	private final Map<String, TransactionDetails> transactions = new ConcurrentSkipListMap<>(BY_SEQUENCE);

	private final Map<String, Counterparty> counterparties = new ConcurrentSkipListMap<>(BY_SEQUENCE);

	private final Map<String, AccountListItem> accounts = new ConcurrentSkipListMap<>(BY_SEQUENCE);

	private final Map<String, Map<String, Object>> webhooks = new ConcurrentSkipListMap<>(BY_SEQUENCE);

	private final Consumer<TransactionDetails> statusChanges;

	/**
	 * Create the resources.
	 * @param clock the clock for timestamps
	 * @param statusChanges told of every transaction created and of every status change
	 */
	MockVictorApi(Clock clock, Consumer<TransactionDetails> statusChanges) {
		this.clock = clock;
		this.statusChanges = statusChanges;
	}

	/**
	 * Forget every payment, transaction, counterparty and webhook; keep the accounts.
	 */
	void reset() {
		this.transactions.clear();
		this.counterparties.clear();
		this.webhooks.clear();
	}

	void addAccount(String accountNumber, String accountName, BigDecimal balance) {
		String id = "acc_" + this.sequence.incrementAndGet();
		this.accounts.put(id,
				AccountListItem.builder()
					.victorAccountId(id)
					.accountNumber(accountNumber)
					.accountName(accountName)
					.accountType("checking")
					.status("active")
					.availableBalance(balance)
					.currentBalance(balance)
					.createdAt(this.clock.instant())
					.balanceUpdatedAt(this.clock.instant())
					.build());
	}

	MockResponse listAccounts(int page, int pageSize) {
		return page(new ArrayList<>(this.accounts.values()), page, pageSize);
	}

	MockResponse getAccount(String id) {
		AccountListItem account = this.accounts.get(id);
		return (account != null) ? MockResponse.ok(account) : MockResponse.error(404, "Account not found");
	}

	MockResponse createWebhook(Map<String, Object> request) {
		if (!(request.get("url") instanceof String url) || !isWebhookUrl(url)) {
			return new MockResponse(400, Map.of("message", "Invalid webhook request", "errors",
					List.of(fieldError("url", "must be an https URL (or http on loopback)"))));
		}
		String id = "wh_" + this.sequence.incrementAndGet();
		Map<String, Object> webhook = new LinkedHashMap<>(request);
		webhook.put("victor_webhook_id", id);
		webhook.put("created_at", this.clock.instant().toString());
		this.webhooks.put(id, webhook);
		return MockResponse.ok(webhook);
	}

	MockResponse listWebhooks(int page, int pageSize) {
		return page(new ArrayList<>(this.webhooks.values()), page, pageSize);
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
		if (request.fromAccountNumber() != null && this.accounts.values()
			.stream()
			.noneMatch((account) -> account.accountNumber().equals(request.fromAccountNumber()))) {
			errors.add(fieldError("from_account_number", "account not found"));
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
		this.statusChanges.accept(details);
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

	MockResponse getAchPayment(String id) {
		TransactionDetails details = this.transactions.get(id);
		return (details != null) ? MockResponse.ok(details) : MockResponse.error(404, "Transaction not found");
	}

	/**
	 * Cancel a pending ACH payment, the one update Victor documents.
	 */
	MockResponse updateAchPayment(String id, Map<String, Object> request) {
		if (!(request.get("status") instanceof String status) || !status.equalsIgnoreCase("cancelled")) {
			return new MockResponse(400, Map.of("message", "Invalid update request", "errors",
					List.of(fieldError("status", "only Cancelled is supported"))));
		}
		TransactionDetails details = this.transactions.get(id);
		if (details == null) {
			return MockResponse.error(404, "Transaction not found");
		}
		if (details.status() != TransactionStatus.PENDING) {
			return MockResponse.error(409, "Only a pending ACH payment can be cancelled");
		}
		return MockResponse.ok(changeStatus(id, TransactionStatus.CANCELLED));
	}

	/**
	 * Move a transaction to another status, as Victor does when it processes it.
	 * @return the changed transaction
	 * @throws IllegalArgumentException if there is no such transaction
	 */
	TransactionDetails changeStatus(String id, TransactionStatus status) {
		TransactionDetails details = this.transactions.get(id);
		if (details == null) {
			throw new IllegalArgumentException("No transaction " + id);
		}
		TransactionDetails changed = TransactionDetails.builder()
			.victorTransactionId(details.victorTransactionId())
			.clientReferenceId(details.clientReferenceId())
			.transactionType(details.transactionType())
			.status(status)
			.amount(details.amount())
			.direction(details.direction())
			.fromAccountNumber(details.fromAccountNumber())
			.counterpartyId(details.counterpartyId())
			.createdAt(details.createdAt())
			.updatedAt(this.clock.instant())
			.build();
		this.transactions.put(id, changed);
		this.statusChanges.accept(changed);
		return changed;
	}

	/**
	 * The transactions of one account, oldest first.
	 */
	MockResponse listTransactions(String victorAccountId, int page, int pageSize) {
		AccountListItem account = (victorAccountId != null) ? this.accounts.get(victorAccountId) : null;
		if (account == null) {
			return new MockResponse(400, Map.of("message", "Invalid transactions request", "errors",
					List.of(fieldError("victor_account_id", "must name one of your accounts"))));
		}
		List<TransactionDetails> ofAccount = this.transactions.values()
			.stream()
			.filter((tx) -> account.accountNumber().equals(tx.fromAccountNumber()))
			.toList();
		return page(ofAccount, page, pageSize);
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
		return page(new ArrayList<>(this.counterparties.values()), page, pageSize);
	}

	private static <T> MockResponse page(List<T> all, int page, int pageSize) {
		if (page < PagedRequest.FIRST_PAGE || pageSize < 1) {
			return MockResponse.error(400, "Invalid list request");
		}
		int from = Math.min((page - PagedRequest.FIRST_PAGE) * pageSize, all.size());
		int to = Math.min(from + pageSize, all.size());
		int totalPages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
		return MockResponse
			.ok(new PagedResponse<>(all.subList(from, to), page, pageSize, totalPages, (long) all.size()));
	}

	/**
	 * Accept https URLs, and plain http to a loopback receiver (a test or a local app).
	 */
	private static boolean isWebhookUrl(String url) {
		try {
			URI uri = URI.create(url);
			boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
			return uri.getHost() != null
					&& ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
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
