package dev.victor.client.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wire format, on every Jackson the class path has: each test runs once per codec.
 */
class VictorJsonTests {

	static List<VictorJsonCodec> codecs() {
		return VictorJson.availableCodecs();
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void writesAchRequestsAsSnakeCaseWithoutNulls(VictorJsonCodec json) {
		NewAchPaymentRequest request = NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(new BigDecimal("12.30"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.companyEntryDescription("PAYROLL")
			.build();
		assertThat(write(json, request)).isEqualTo("{\"from_account_number\":\"1234567890\","
				+ "\"counterparty_id\":\"cp_1\",\"amount\":12.30,\"direction\":\"credit\",\"sec_code\":\"ccd\","
				+ "\"company_entry_description\":\"PAYROLL\"}");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void writesEveryDateTimeInUtcWithZ(VictorJsonCodec json) {
		Map<String, Object> dates = Map.of("offset", OffsetDateTime.parse("2026-11-25T12:15:30+02:00"), "instant",
				Instant.parse("2026-11-25T10:15:30.450Z"));
		assertThat(write(json, dates)).contains("\"offset\":\"2026-11-25T10:15:30Z\"")
			.contains("\"instant\":\"2026-11-25T10:15:30.450Z\"");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void writesTheBookTypeOfEachTransferKind(VictorJsonCodec json) {
		CreateBookTransferRequest request = CreateBookTransferRequest.builder()
			.originatingAccountNumber("111")
			.destinationAccountNumber("222")
			.amount(BigDecimal.ONE)
			.build();
		assertThat(write(json, request)).contains("\"book_type\":\"internal\"")
			.contains("\"originating_account_number\":\"111\"");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsReceiptsKeepingUnknownFieldsAndToleratingNewStatuses(VictorJsonCodec json) {
		TransactionReceipt receipt = read(json, """
				{"victor_transaction_id":"tx_1","status":"On Hold","amount":12.30,
				 "created_at":"2026-11-25T10:15:30Z","network_trace":"abc","fees":{"total":0.25}}""",
				TransactionReceipt.class);
		assertThat(receipt.victorTransactionId()).isEqualTo("tx_1");
		assertThat(receipt.status()).isEqualTo(TransactionStatus.ON_HOLD);
		assertThat(receipt.amount()).isEqualByComparingTo("12.30");
		assertThat(receipt.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
		assertThat(receipt.extras()).containsEntry("network_trace", "abc").containsKey("fees");
		assertThat(read(json, "{\"status\":\"QUANTUM_SETTLED\"}", TransactionReceipt.class).status())
			.isEqualTo(TransactionStatus.UNKNOWN);
		assertThat(read(json, "{\"status\":\"onhold\"}", TransactionReceipt.class).status())
			.isEqualTo(TransactionStatus.ON_HOLD);
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsEnumsCaseInsensitively(VictorJsonCodec json) {
		assertThat(read(json, "\"DEBIT\"", AchDirection.class)).isEqualTo(AchDirection.DEBIT);
		assertThat(read(json, "\"Web\"", SecCode.class)).isEqualTo(SecCode.WEB);
		assertThat(read(json, "\"iat\"", SecCode.class)).isEqualTo(SecCode.UNKNOWN);
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsInstantsWrittenWithZOrAnOffsetInAnyCaseAndAsEpochMilliseconds(VictorJsonCodec json) {
		Instant expected = Instant.parse("2026-11-25T10:15:30.450Z");
		for (String written : List.of("\"2026-11-25T10:15:30.450Z\"", "\"2026-11-25T12:15:30.450+02:00\"",
				"\"2026-11-25t10:15:30.450z\"", "1795601730450")) {
			assertThat(read(json, "{\"created_at\":" + written + "}", TransactionReceipt.class).createdAt()).as(written)
				.isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsEpochMillisecondTimestampsOfAccounts(VictorJsonCodec json) {
		AccountListItem account = read(json, """
				{"victor_account_id":"acc_1","available_balance":100.5,"created_at":1764065730000,
				 "balance_updated_at":1764065731000}""", AccountListItem.class);
		assertThat(account.createdAt()).isEqualTo(Instant.parse("2025-11-25T10:15:30Z"));
		assertThat(account.availableBalance()).isEqualByComparingTo("100.5");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsCounterpartiesUnderTheGuidesHyphenatedNames(VictorJsonCodec json) {
		Counterparty counterparty = read(json, """
				{"id":"cp_9","account_name":"Acme","counterparty-ach-info":
				 {"account_number":"999","routing_number":"051504597","account_type":"checking"}}""",
				Counterparty.class);
		assertThat(counterparty.victorCounterpartyId()).isEqualTo("cp_9");
		assertThat(counterparty.achInfo().routingNumber()).isEqualTo("051504597");
	}

	private static String write(VictorJsonCodec json, Object value) {
		return new String(json.write(value), StandardCharsets.UTF_8);
	}

	private static <T> T read(VictorJsonCodec json, String text, Class<T> type) {
		return json.read(text.getBytes(StandardCharsets.UTF_8), type);
	}

}
