package dev.victor.client;

import org.springframework.http.HttpMethod;

/**
 * Every Victor operation the client calls: its operationId (the {@code operation} tag of
 * the {@code victor.client.requests} metric), HTTP method, path template, whether it
 * takes an {@code Idempotency-Key}, and its page in the Victor reference. This is the one
 * place to correct an operation once the reference confirms what is unconfirmed here.
 *
 * @since 0.1.0
 */
public enum VictorOperation {

	/** Page of the caller's accounts. */
	GET_ACCOUNTS("getAccounts", HttpMethod.GET, "/v2/accounts", false, true, Tag.ACCOUNTS),

	/** One account, optionally with a refreshed balance. */
	GET_ACCOUNT("getAccount", HttpMethod.GET, "/v2/accounts/{victorAccountId}", false, true, Tag.ACCOUNTS),

	/** Every sweep configuration (a plain array, not paged). */
	GET_ACCOUNT_SWEEPS("getAccountSweeps", HttpMethod.GET, "/v2/sweep", false, true, Tag.ACCOUNT_SWEEPING),

	/** Create sweep settings between two accounts. */
	CREATE_SWEEP("createSweep", HttpMethod.POST, "/v2/sweep", true, true, Tag.ACCOUNT_SWEEPING),

	/** One sweep configuration. */
	GET_ACCOUNT_SWEEP("getAccountSweep", HttpMethod.GET, "/v2/sweep/{sweepId}", false, true, Tag.ACCOUNT_SWEEPING),

	/**
	 * Replace sweep settings; the reference shows the path and method, not the whole
	 * operationId.
	 */
	UPDATE_SWEEP("updateSweep", HttpMethod.PUT, "/v2/sweep/{sweepId}", false, false, Tag.ACCOUNT_SWEEPING),

	/** Page of one account's transactions. */
	GET_TRANSACTIONS("getTransactions", HttpMethod.GET, "/v2/transactions", false, true, Tag.TRANSACTIONS),

	/** One transaction by the Victor or the client reference. */
	GET_TRANSACTION_BY_ID("getTransactionById", HttpMethod.GET, "/v2/transactions/{reference}", false, true,
			Tag.TRANSACTIONS),

	/** Create an ACH credit or debit. */
	CREATE_ACH_PAYMENT("createAchPayment", HttpMethod.POST, "/v2/payments/ach", true, true, Tag.PAYMENTS),

	/** One ACH payment; the path is confirmed, the operationId is not. */
	GET_ACH_PAYMENT("getAchPayment", HttpMethod.GET, "/v2/payments/ach/{victorTransactionId}", false, false,
			Tag.PAYMENTS),

	/** Update (cancel) a pending ACH payment; method and path are unconfirmed. */
	UPDATE_ACH_PAYMENT("updateAchPayment", HttpMethod.PUT, "/v2/payments/ach/{victorTransactionId}", false, false,
			Tag.PAYMENTS),

	/** Send an RTP credit push; the path is unconfirmed. */
	CREATE_RTP_SEND_REQUEST("createRtpSendRequest", HttpMethod.POST, "/v2/payments/rtp", true, false, Tag.PAYMENTS),

	/** Book transfer between two accounts of the caller. */
	CREATE_BOOK_TRANSFER("createBookTransfer", HttpMethod.POST, "/v2/transfers/book", true, true, Tag.BOOK_TRANSFERS),

	/** Book transfer to another client of the same bank. */
	CREATE_BOOK_EXTERNAL_TRANSFER("createBookExternalTransfer", HttpMethod.POST, "/v2/transfers/book/external", true,
			true, Tag.BOOK_TRANSFERS),

	/** Page of counterparties. */
	GET_COUNTERPARTIES("getCounterparties", HttpMethod.GET, "/v2/counterparties", false, true, Tag.COUNTERPARTIES),

	/** Create a counterparty. */
	CREATE_COUNTERPARTY("createCounterparty", HttpMethod.POST, "/v2/counterparties", false, true, Tag.COUNTERPARTIES),

	/** One counterparty. */
	GET_COUNTERPARTY("getCounterparty", HttpMethod.GET, "/v2/counterparties/{victorCounterpartyId}", false, true,
			Tag.COUNTERPARTIES),

	/**
	 * Update a counterparty; the path and method are confirmed, the operationId is not.
	 */
	UPDATE_COUNTERPARTY("updateCounterparty", HttpMethod.PUT, "/v2/counterparties/{victorCounterpartyId}", false, false,
			Tag.COUNTERPARTIES),

	/** Whether a routing number reaches RTP or FedNow. */
	INSTANT_PAYMENT_BANK_ELIGIBILITY("instantPaymentBankEligibility", HttpMethod.GET,
			"/v2/banks/instant-payment-eligibility/{routingNumber}", false, true, Tag.BANKING),

	/** Validate a routing number for ACH or wire. */
	VALIDATE_ROUTING_NUMBER("validateRoutingNumber", HttpMethod.GET, "/v2/banks/routing/{routingNumber}", false, true,
			Tag.BANKING),

	/** Create a virtual account in a ledgering program. */
	CREATE_ACCOUNT("createAccount", HttpMethod.POST, "/v2/ledgering/account", false, true, Tag.LEDGERING),

	/** Page of a ledgering program's accounts. */
	GET_LEDGERING_ACCOUNTS("getLedgeringAccounts", HttpMethod.GET, "/v2/ledgering/{ledgeringProgramId}/accounts", false,
			true, Tag.LEDGERING),

	/** Page of inbound and outbound requests for payment. */
	LIST_PAYMENT_REQUESTS("listPaymentRequests", HttpMethod.GET, "/v2/payment-requests", false, true,
			Tag.PAYMENT_REQUESTS),

	/** Send a request for payment; the path is confirmed, the operationId is not. */
	REQUEST_PAYMENT("requestPayment", HttpMethod.POST, "/v2/payment-requests/request-payment", false, false,
			Tag.PAYMENT_REQUESTS),

	/** Accept or reject an inbound request for payment; the method is unconfirmed. */
	RESPOND_TO_PAYMENT_REQUEST("respondToPaymentRequest", HttpMethod.POST, "/v2/payment-requests/respond-to-request",
			false, false, Tag.PAYMENT_REQUESTS),

	/** Page of webhook configurations. */
	GET_WEBHOOKS("getWebhooks", HttpMethod.GET, "/v2/webhooks", false, true, Tag.WEBHOOKS),

	/** Create a webhook configuration. */
	CREATE_WEBHOOK("createWebhook", HttpMethod.POST, "/v2/webhooks", false, true, Tag.WEBHOOKS),

	/** Page of webhook deliveries. */
	GET_WEBHOOK_DELIVERIES("getWebhookDeliveries", HttpMethod.GET, "/v2/webhooks/deliveries", false, true,
			Tag.WEBHOOKS);

	private final String operationId;

	private final HttpMethod method;

	private final String pathTemplate;

	private final boolean idempotencyKeyAccepted;

	private final boolean confirmed;

	private final Tag tag;

	VictorOperation(String operationId, HttpMethod method, String pathTemplate, boolean idempotencyKeyAccepted,
			boolean confirmed, Tag tag) {
		this.operationId = operationId;
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.idempotencyKeyAccepted = idempotencyKeyAccepted;
		this.confirmed = confirmed;
		this.tag = tag;
	}

	/**
	 * Return Victor's operationId, the {@code operation} tag of the client's metrics.
	 * @return the operationId, for example {@code createAchPayment}
	 */
	public String operationId() {
		return this.operationId;
	}

	/**
	 * Return the HTTP method.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Return the path template, the {@code uri} tag of the client's metrics.
	 * @return the template, for example {@code /v2/counterparties/{victorCounterpartyId}}
	 */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * Tell whether the operation takes an {@code Idempotency-Key}: every call then
	 * carries one, and its transient failures are retried.
	 * @return whether the operation is keyed
	 */
	public boolean idempotencyKeyAccepted() {
		return this.idempotencyKeyAccepted;
	}

	/**
	 * Tell whether the operationId, method and path are all confirmed by the public
	 * reference. Request and response schemas are confirmed or not per model class.
	 * @return whether the operation itself is confirmed
	 */
	public boolean confirmed() {
		return this.confirmed;
	}

	/**
	 * Return the page of the Victor reference that documents the operation.
	 * @return the reference page URL
	 */
	public String referencePage() {
		return "https://jackhenry.dev/payments-orchestrator/reference/" + this.tag.slug + "/";
	}

	/**
	 * The reference's tags (controller groups), each with its own page.
	 */
	private enum Tag {

		ACCOUNTS("accounts"), ACCOUNT_SWEEPING("account-sweeping"), TRANSACTIONS("transactions"), PAYMENTS("payments"),
		BOOK_TRANSFERS("book-transfers"), COUNTERPARTIES("counterparties"), BANKING("banking"), LEDGERING("ledgering"),
		PAYMENT_REQUESTS("payment-requests"), WEBHOOKS("webhooks");

		private final String slug;

		Tag(String slug) {
			this.slug = slug;
		}

	}

}
