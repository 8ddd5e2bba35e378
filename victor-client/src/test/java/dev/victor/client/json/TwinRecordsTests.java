package dev.victor.client.json;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import dev.victor.client.model.AccountDetails;
import dev.victor.client.model.AccountListItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code AccountDetails} is generated as the twin of {@code AccountListItem}: the same
 * components, annotations, normalisation, masking and wire format.
 */
class TwinRecordsTests {

	private static final String ACCOUNT = "{\"victor_account_id\":\"acc_1\",\"account_name\":\"Operating\","
			+ "\"account_number\":\"1234567890\",\"available_balance\":12.5,\"interest_rate\":\"0.01\"}";

	static List<VictorJsonCodec> codecs() {
		return VictorJson.availableCodecs();
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void readsAndWritesTheSameJsonAsItsOriginal(VictorJsonCodec json) {
		AccountDetails details = read(json, AccountDetails.class);
		AccountListItem item = read(json, AccountListItem.class);
		assertThat(details.victorAccountId()).isEqualTo(item.victorAccountId()).isEqualTo("acc_1");
		assertThat(details.extras()).isEqualTo(item.extras()).containsEntry("interest_rate", "0.01");
		assertThat(write(json, details)).isEqualTo(write(json, item));
	}

	@ParameterizedTest
	@MethodSource("codecs")
	void normalisesAndMasksAsItsOriginal(VictorJsonCodec json) {
		AccountDetails details = read(json, AccountDetails.class);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> details.extras().put("added", "later"));
		assertThat(AccountDetails.builder().build().extras()).isEmpty();
		assertThat(details.toString()).startsWith("AccountDetails[")
			.contains("accountNumber=****", "accountName=****")
			.doesNotContain("1234567890", "Operating")
			.isEqualTo(read(json, AccountListItem.class).toString().replaceFirst("AccountListItem", "AccountDetails"));
	}

	@Test
	void hasTheSameComponentsAndAnnotations() {
		assertThat(describe(AccountDetails.class)).isEqualTo(describe(AccountListItem.class));
		assertThat(AccountDetails.class.getAnnotations()).isNotEmpty();
		assertThat(Arrays.toString(AccountDetails.class.getAnnotations()))
			.isEqualTo(Arrays.toString(AccountListItem.class.getAnnotations()));
	}

	private static List<String> describe(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(TwinRecordsTests::describe).toList();
	}

	private static String describe(RecordComponent component) {
		return component.getAnnotatedType() + " " + component.getName() + " accessor "
				+ Arrays.toString(component.getAccessor().getAnnotations()) + " field "
				+ Arrays.toString(fieldAnnotations(component));
	}

	private static Object[] fieldAnnotations(RecordComponent component) {
		try {
			return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotations();
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> T read(VictorJsonCodec json, Class<T> type) {
		return json.read(ACCOUNT.getBytes(StandardCharsets.UTF_8), type);
	}

	private static String write(VictorJsonCodec json, Object value) {
		return new String(json.write(value), StandardCharsets.UTF_8);
	}

}
