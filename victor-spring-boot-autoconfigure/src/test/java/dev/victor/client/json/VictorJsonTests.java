package dev.victor.client.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VictorJsonTests {

	private final ObjectMapper mapper = VictorJson.createObjectMapper();

	@Test
	void writesAchRequestsAsSnakeCaseWithoutNulls() throws Exception {
		NewAchPaymentRequest request = NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(new BigDecimal("12.30"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.companyEntryDescription("PAYROLL")
			.build();
		assertThat(this.mapper.writeValueAsString(request)).isEqualTo("{\"from_account_number\":\"1234567890\","
				+ "\"counterparty_id\":\"cp_1\",\"amount\":12.30,\"direction\":\"credit\",\"sec_code\":\"ccd\","
				+ "\"company_entry_description\":\"PAYROLL\"}");
	}

	@Test
	void writesEveryDateTimeInUtcWithZ() throws Exception {
		Map<String, Object> dates = Map.of("offset", OffsetDateTime.parse("2026-11-25T12:15:30+02:00"), "instant",
				Instant.parse("2026-11-25T10:15:30.450Z"));
		String json = this.mapper.writeValueAsString(dates);
		assertThat(json).contains("\"offset\":\"2026-11-25T10:15:30Z\"")
			.contains("\"instant\":\"2026-11-25T10:15:30.450Z\"");
	}

	@Test
	void writesTheBookTypeOfEachTransferKind() throws Exception {
		CreateBookTransferRequest request = CreateBookTransferRequest.builder()
			.originatingAccountNumber("111")
			.destinationAccountNumber("222")
			.amount(BigDecimal.ONE)
			.build();
		assertThat(this.mapper.writeValueAsString(request)).contains("\"book_type\":\"internal\"")
			.contains("\"originating_account_number\":\"111\"");
	}

	@Test
	void readsReceiptsKeepingUnknownFieldsAndToleratingNewStatuses() throws Exception {
		TransactionReceipt receipt = this.mapper.readValue("""
				{"victor_transaction_id":"tx_1","status":"On Hold","amount":12.30,
				 "created_at":"2026-11-25T10:15:30Z","network_trace":"abc","fees":{"total":0.25}}""",
				TransactionReceipt.class);
		assertThat(receipt.victorTransactionId()).isEqualTo("tx_1");
		assertThat(receipt.status()).isEqualTo(TransactionStatus.ON_HOLD);
		assertThat(receipt.amount()).isEqualByComparingTo("12.30");
		assertThat(receipt.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
		assertThat(receipt.extras()).containsEntry("network_trace", "abc").containsKey("fees");
		assertThat(this.mapper.readValue("{\"status\":\"QUANTUM_SETTLED\"}", TransactionReceipt.class).status())
			.isEqualTo(TransactionStatus.UNKNOWN);
		assertThat(this.mapper.readValue("{\"status\":\"onhold\"}", TransactionReceipt.class).status())
			.isEqualTo(TransactionStatus.ON_HOLD);
	}

	@Test
	void readsEnumsCaseInsensitively() throws Exception {
		assertThat(this.mapper.readValue("\"DEBIT\"", AchDirection.class)).isEqualTo(AchDirection.DEBIT);
		assertThat(this.mapper.readValue("\"Web\"", SecCode.class)).isEqualTo(SecCode.WEB);
		assertThat(this.mapper.readValue("\"iat\"", SecCode.class)).isEqualTo(SecCode.UNKNOWN);
	}

	@Test
	void readsEpochMillisecondTimestampsOfAccounts() throws Exception {
		AccountListItem account = this.mapper.readValue("""
				{"victor_account_id":"acc_1","available_balance":100.5,"created_at":1764065730000,
				 "balance_updated_at":1764065731000}""", AccountListItem.class);
		assertThat(account.createdAt()).isEqualTo(Instant.parse("2025-11-25T10:15:30Z"));
		assertThat(account.availableBalance()).isEqualByComparingTo("100.5");
	}

	@Test
	void readsCounterpartiesUnderTheGuidesHyphenatedNames() throws Exception {
		Counterparty counterparty = this.mapper.readValue("""
				{"id":"cp_9","account_name":"Acme","counterparty-ach-info":
				 {"account_number":"999","routing_number":"051504597","account_type":"checking"}}""",
				Counterparty.class);
		assertThat(counterparty.victorCounterpartyId()).isEqualTo("cp_9");
		assertThat(counterparty.achInfo().routingNumber()).isEqualTo("051504597");
	}

}
