package dev.victor.client;

import dev.victor.client.model.AccountDetails;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CreateBookExternalTransferRequest;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reactive client of the Victor payments API v2. Every request is signed; every
 * create-payment call carries an {@code Idempotency-Key} (the caller's, from
 * {@link RequestOptions}, or one generated when the method is called, so resubscribing
 * the returned {@code Mono} repeats the same call). Nothing happens until the returned
 * publisher is subscribed.
 * <p>
 * Methods are named after Victor's operationIds. Failed calls signal a
 * {@link dev.victor.client.error.VictorApiException} subtype for error statuses (a Spring
 * {@code WebClientResponseException}), a
 * {@link dev.victor.client.error.VictorTransportException} when no response came (a
 * {@code WebClientRequestException} that says whether the request may have been sent), and
 * methods throw {@link dev.victor.client.error.VictorValidationException} at once for
 * requests that break Victor's documented constraints. Transient failures of replay-safe
 * calls (GETs and keyed creates) are retried before anything is signalled.
 *
 * @since 0.1.0
 */
public interface VictorPaymentsClient {

	/**
	 * Create an ACH credit or debit ({@code POST /v2/payments/ach}) with a generated
	 * idempotency key.
	 * @param request the payment
	 * @return the receipt of the accepted payment
	 */
	Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request);

	/**
	 * Create an ACH credit or debit ({@code POST /v2/payments/ach}).
	 * @param request the payment
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted payment
	 */
	Mono<TransactionReceipt> createAchPayment(NewAchPaymentRequest request, RequestOptions options);

	/**
	 * Move money between two of the caller's accounts ({@code POST /v2/transfers/book}) with
	 * a generated idempotency key.
	 * @param request the transfer
	 * @return the receipt of the accepted transfer
	 */
	Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request);

	/**
	 * Move money between two of the caller's accounts ({@code POST /v2/transfers/book}).
	 * @param request the transfer
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted transfer
	 */
	Mono<TransactionReceipt> createBookTransfer(CreateBookTransferRequest request, RequestOptions options);

	/**
	 * Move money to another client's account at the same bank
	 * ({@code POST /v2/transfers/book/external}) with a generated idempotency key.
	 * @param request the transfer
	 * @return the receipt of the accepted transfer
	 */
	Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request);

	/**
	 * Move money to another client's account at the same bank
	 * ({@code POST /v2/transfers/book/external}).
	 * @param request the transfer
	 * @param options per-call options, such as the caller's idempotency key
	 * @return the receipt of the accepted transfer
	 */
	Mono<TransactionReceipt> createBookExternalTransfer(CreateBookExternalTransferRequest request,
			RequestOptions options);

	/**
	 * Read one transaction ({@code GET /v2/transactions/{reference}}, operation
	 * {@code getTransactionById}).
	 * @param reference the Victor transaction ID or the caller's client reference
	 * @return the transaction
	 */
	Mono<TransactionDetails> getTransaction(String reference);

	/**
	 * Create a counterparty ({@code POST /v2/counterparties}). Victor does not accept an
	 * idempotency key here.
	 * @param request the counterparty
	 * @return the created counterparty
	 */
	Mono<Counterparty> createCounterparty(NewCounterpartyRequest request);

	/**
	 * Read one counterparty ({@code GET /v2/counterparties/{victorCounterpartyId}}).
	 * @param victorCounterpartyId the Victor counterparty ID
	 * @return the counterparty
	 */
	Mono<Counterparty> getCounterparty(String victorCounterpartyId);

	/**
	 * List every counterparty ({@code GET /v2/counterparties}, operation
	 * {@code getCounterparties}), requesting the next page only as items are consumed.
	 * @return all counterparties, page after page
	 */
	Flux<Counterparty> listCounterparties();

	/**
	 * Read one account ({@code GET /v2/accounts/{victorAccountId}}).
	 * @param victorAccountId the Victor account ID
	 * @return the account
	 */
	Mono<AccountDetails> getAccount(String victorAccountId);

	/**
	 * List every account of the caller ({@code GET /v2/accounts}, operation
	 * {@code getAccounts}), requesting the next page only as items are consumed.
	 * @return all accounts, page after page
	 */
	Flux<AccountListItem> listAccounts();

	/**
	 * Start building a client by hand (without Spring Boot).
	 * @return a new builder
	 */
	static VictorPaymentsClientBuilder builder() {
		return new VictorPaymentsClientBuilder();
	}

	/**
	 * Create a client over a {@code WebClient} that is already set up for Victor (base URL,
	 * authentication, codecs), such as the one {@link VictorPaymentsClientBuilder#buildWebClient()}
	 * returns.
	 * @param victorWebClient the Victor web client
	 * @return a new client
	 */
	static VictorPaymentsClient create(WebClient victorWebClient) {
		return new DefaultVictorPaymentsClient(victorWebClient);
	}

}
