package dev.victor.sample;

import dev.victor.client.RequestOptions;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /payouts}: pays a counterparty by ACH credit. A caller's
 * {@code Idempotency-Key} header is passed to Victor, so a caller retrying its own
 * request gets the same payment back instead of a second one. {@code GET /payouts/{id}}
 * answers the payout's last status confirmed through Victor's webhooks.
 *
 * @since 0.1.0
 */
@RestController
class PayoutController {

	private final VictorPaymentsClient victor;

	private final String fromAccountNumber;

	private final PayoutStatuses statuses;

	PayoutController(VictorPaymentsClient victor,
			@Value("${victor.sample.from-account-number}") String fromAccountNumber, PayoutStatuses statuses) {
		this.victor = victor;
		this.fromAccountNumber = fromAccountNumber;
		this.statuses = statuses;
	}

	/**
	 * The payout's last status confirmed through Victor's webhooks, or 404 before the
	 * first one arrived.
	 */
	@GetMapping("/payouts/{victorTransactionId}")
	ResponseEntity<PayoutStatuses.PayoutStatus> status(@PathVariable String victorTransactionId) {
		return ResponseEntity.of(this.statuses.find(victorTransactionId));
	}

	@PostMapping("/payouts")
	Mono<TransactionReceipt> payout(@RequestBody PayoutRequest payout,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		NewAchPaymentRequest request = NewAchPaymentRequest.builder()
			.fromAccountNumber(this.fromAccountNumber)
			.counterpartyId(payout.counterpartyId())
			.amount(payout.amount())
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.companyEntryDescription("PAYOUT")
			.build();
		RequestOptions options = (idempotencyKey != null)
				? RequestOptions.builder().idempotencyKey(idempotencyKey).build() : RequestOptions.none();
		return Mono.defer(() -> this.victor.createAchPayment(request, options));
	}

}
