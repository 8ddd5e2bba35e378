package dev.victor.autoconfigure.webhooks;

import java.util.List;
import java.util.Map;

import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the receiver finds a delivery's reference and status while Victor's payload
 * schema is unconfirmed, and what it refuses to take for a reference.
 */
class WebhookPayloadTests {

	@Test
	void findsTheReferenceAndStatusAtTheTopLevelOrUnderData() {
		assertThat(WebhookPayload.find(Map.of("victor_transaction_id", "tx_1", "status", "Success")))
			.contains(new WebhookPayload("tx_1", "Success", null));
		assertThat(
				WebhookPayload.find(Map.of("id", "evt_9", "data", Map.of("reference", "ref-2", "status", "On Hold"))))
			.contains(new WebhookPayload("ref-2", "On Hold", "evt_9"));
		assertThat(WebhookPayload.find(Map.of("transaction_id", "tx_3", "status", "Sent"))).isPresent();
	}

	@Test
	void theFirstReferenceFieldWins() {
		assertThat(WebhookPayload.find(Map.of("victor_transaction_id", "tx_1", "reference", "other", "status", "Sent")))
			.get()
			.extracting(WebhookPayload::reference)
			.isEqualTo("tx_1");
	}

	@Test
	void aBodyWithoutAUsableReferenceOrStatusIsUnrecognised() {
		assertThat(WebhookPayload.find(List.of(1, 2))).isEmpty();
		assertThat(WebhookPayload.find("text")).isEmpty();
		assertThat(WebhookPayload.find(null)).isEmpty();
		assertThat(WebhookPayload.find(Map.of("status", "Success"))).isEmpty();
		assertThat(WebhookPayload.find(Map.of("victor_transaction_id", "tx_1"))).isEmpty();
		assertThat(WebhookPayload.find(Map.of("victor_transaction_id", 42, "status", "Success"))).isEmpty();
		for (String reference : List.of("", " ", ".", "..", "tx 1", "tx\n1", "x".repeat(129))) {
			assertThat(WebhookPayload.find(Map.of("victor_transaction_id", reference, "status", "Success")))
				.as(reference)
				.isEmpty();
		}
	}

	@Test
	void aRedeliveryHasTheSameKeyHoweverTheStatusIsSpelt() {
		assertThat(new WebhookPayload("tx_1", "On Hold", "evt_1").deliveryKey())
			.isEqualTo(new WebhookPayload("tx_1", "OnHold", "evt_2").deliveryKey());
		assertThat(new WebhookPayload("tx_1", "Success", null).deliveryKey())
			.isNotEqualTo(new WebhookPayload("tx_1", "Failed", null).deliveryKey());
		assertThat(new WebhookPayload("tx_1", "Brand New", null).knownStatus()).isEqualTo(TransactionStatus.UNKNOWN);
	}

}
