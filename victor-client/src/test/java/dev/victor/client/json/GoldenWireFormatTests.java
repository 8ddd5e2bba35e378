package dev.victor.client.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.victor.client.model.AchDirection;
import dev.victor.client.model.Money;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.TransactionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Both codecs write exactly the bytes of the golden files under {@code golden/} and read
 * them back to the same values: the wire format does not depend on which Jackson (Boot
 * line) runs.
 */
class GoldenWireFormatTests {

	static List<VictorJsonCodec> codecs() {
		return VictorJson.availableCodecs();
	}

	@Test
	void everyJacksonOnTheClassPathIsTested() {
		List<String> names = codecs().stream().map(VictorJsonCodec::name).toList();
		boolean jackson3 = ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper", null);
		assertThat(names).containsExactlyElementsOf(jackson3 ? List.of("jackson3", "jackson2") : List.of("jackson2"));
		assertThat(VictorJson.codec().name()).isEqualTo(names.get(0));
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void writesTheAchRequestByteForByte(VictorJsonCodec json) {
		NewAchPaymentRequest request = NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(new BigDecimal("12.30"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.sameDay(true)
			.clientReferenceId("order-42")
			.companyName("ACME PAYROLL")
			.companyId("1234567890")
			.companyEntryDescription("PAYROLL")
			.addenda("November run")
			.build();
		assertThat(json.write(request)).isEqualTo(golden("new-ach-payment-request.json"));
		assertThat(json.read(golden("new-ach-payment-request.json"), NewAchPaymentRequest.class)).isEqualTo(request);
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void writesAmountsAsPlainDecimalsWithExactlyTwoFractionDigits(VictorJsonCodec json) {
		assertThat(amountOnTheWire(json, new BigDecimal("5"))).isEqualTo("5.00");
		assertThat(amountOnTheWire(json, new BigDecimal("1.000"))).isEqualTo("1.00");
		assertThat(amountOnTheWire(json, new BigDecimal("1E+3"))).isEqualTo("1000.00");
		assertThat(amountOnTheWire(json, new BigDecimal("0.1"))).isEqualTo("0.10");
		assertThat(amountOnTheWire(json, Money.MAX_AMOUNT)).isEqualTo("9999999999.99");
		assertThat(new String(json.write(Map.of("rate", new BigDecimal("1.23456E+2"))), StandardCharsets.UTF_8))
			.as("a number that is not cents, met only re-writing a response, stays as it was, plain")
			.isEqualTo("{\"rate\":123.456}");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void rewritesAnAbsurdAmountFromAResponseWithoutExpandingIt(VictorJsonCodec json) {
		// a billion digits if written plain or scaled to cents
		TransactionReceipt receipt = json.read(
				"{\"victor_transaction_id\":\"tx_1\",\"amount\":1e999999999,\"fee\":1e-999999999}".getBytes(),
				TransactionReceipt.class);
		assertThat(new String(json.write(receipt), StandardCharsets.UTF_8)).contains("\"amount\":1E+999999999")
			.contains("\"fee\":1E-999999999");
		assertThat(new String(json.write(Map.of("amount", new BigDecimal("12345678901"))), StandardCharsets.UTF_8))
			.as("beyond the largest payment, unscaled")
			.isEqualTo("{\"amount\":12345678901}");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void writesEveryDateTimeAsUtcWithZ(VictorJsonCodec json) {
		Map<String, Object> dates = new LinkedHashMap<>();
		dates.put("offset", OffsetDateTime.parse("2026-11-25T12:15:30+02:00"));
		dates.put("zoned", ZonedDateTime.parse("2026-11-25T05:15:30-05:00[America/New_York]"));
		dates.put("instant", Instant.parse("2026-11-25T10:15:30.450Z"));
		assertThat(json.write(dates)).isEqualTo(golden("utc-date-times.json"));
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsAReceiptAndWritesItBackUnchanged(VictorJsonCodec json) {
		TransactionReceipt receipt = json.read(golden("transaction-receipt.json"), TransactionReceipt.class);
		assertThat(receipt.status()).isEqualTo(TransactionStatus.ON_HOLD);
		assertThat(receipt.amount()).isEqualTo(new BigDecimal("12.30"));
		assertThat(receipt.createdAt()).isEqualTo(Instant.parse("2026-11-25T10:15:30Z"));
		assertThat(receipt.extras()).containsOnlyKeys("fees")
			.containsEntry("fees", Map.of("total", new BigDecimal("0.25"), "currency", "USD"));
		assertThat(json.write(receipt)).isEqualTo(golden("transaction-receipt.json"));
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsANullForAPrimitiveAsItsDefault(VictorJsonCodec json) {
		assertThat(json
			.read("{\"victor_account_id\":\"acc_1\",\"created_at\":null}".getBytes(),
					dev.victor.client.model.AccountListItem.class)
			.victorAccountId()).isEqualTo("acc_1");
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void refusesContentAfterTheJsonValue(VictorJsonCodec json) {
		assertThatIllegalArgumentException().isThrownBy(
				() -> json.read("{\"victor_transaction_id\":\"tx_1\"} <html>".getBytes(), TransactionReceipt.class));
		assertThatIllegalArgumentException().isThrownBy(() -> json.readTree("{\"a\":1}{\"b\":2}".getBytes()));
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsTreesAsPlainJavaValues(VictorJsonCodec json) {
		assertThat(json.readTree("{\"errors\":[{\"field\":\"amount\"}],\"n\":1.50}".getBytes()))
			.isEqualTo(Map.of("errors", List.of(Map.of("field", "amount")), "n", new BigDecimal("1.50")));
	}

	private static String amountOnTheWire(VictorJsonCodec json, BigDecimal amount) {
		NewAchPaymentRequest request = NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId("cp_1")
			.amount(amount)
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build();
		request.validate();
		byte[] sent = json.write(request);
		assertThat(((Map<?, ?>) json.readTree(sent)).get("amount")).as("a JSON number").isInstanceOf(BigDecimal.class);
		return new String(sent, StandardCharsets.UTF_8).replaceAll(".*\"amount\":([^,}]*).*", "$1");
	}

	private static byte[] golden(String name) {
		try (InputStream in = GoldenWireFormatTests.class.getResourceAsStream("/golden/" + name)) {
			assertThat(in).as("golden file %s", name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
