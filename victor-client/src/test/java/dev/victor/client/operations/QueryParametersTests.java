package dev.victor.client.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.victor.client.json.VictorJson;
import dev.victor.client.json.VictorJsonCodec;
import dev.victor.client.model.AccountsFilter;
import dev.victor.client.model.ListFilter;
import dev.victor.client.model.PagedRequest;
import dev.victor.client.model.PaymentRequestDirection;
import dev.victor.client.model.PaymentRequestsFilter;
import dev.victor.client.model.QueryParameters;
import dev.victor.client.model.TransactionsFilter;
import dev.victor.client.model.WebhookDeliveriesFilter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters and pages become flat query parameters in their wire form.
 */
class QueryParametersTests {

	@Test
	void valuesTakeTheirWireFormAndNullsAreLeftOut() {
		QueryParameters parameters = QueryParameters.builder()
			.add("direction", PaymentRequestDirection.OUTBOUND)
			.add("from", OffsetDateTime.parse("2026-11-25T12:15:30+02:00"))
			.add("at", Instant.parse("2026-11-25T10:15:30Z"))
			.add("day", LocalDate.of(2026, 11, 25))
			.add("refresh", true)
			.add("missing", null)
			.build();
		assertThat(parameters.asMap()).containsExactly(Map.entry("direction", List.of("OUTBOUND")),
				Map.entry("from", List.of("2026-11-25T10:15:30Z")), Map.entry("at", List.of("2026-11-25T10:15:30Z")),
				Map.entry("day", List.of("2026-11-25")), Map.entry("refresh", List.of("true")));
	}

	@Test
	void aFilterFollowedByAPageKeepsTheirOrder() {
		QueryParameters parameters = AccountsFilter.builder()
			.accountType("checking")
			.build()
			.toQueryParameters()
			.and(PagedRequest.of(3, 25).toQueryParameters());
		assertThat(parameters.asMap()).containsExactly(Map.entry("account_type", List.of("checking")),
				Map.entry("page", List.of("3")), Map.entry("page_size", List.of("25")));
		assertThat(AccountsFilter.all().toQueryParameters().isEmpty()).isTrue();
	}

	@Test
	void aFilterComponentRenamedForJsonIsSentUnderThatName() {
		assertThat(new RenamedFilter("ach").toQueryParameters().asMap()).isEqualTo(Map.of("txn_type", List.of("ach")));
	}

	@Test
	void anApplicationsOwnRecordFilterNeedNotBePublic() {
		assertThat(new OwnFilter("acc_1", null).toQueryParameters().asMap())
			.isEqualTo(Map.of("victor_account_id", List.of("acc_1")));
	}

	@Test
	void filtersNameTheirParametersAsVictorsJsonNamesTheirFields() {
		// the query names are derived from the components apart from the JSON codec's
		// naming strategy; both must spell every component the same way
		LocalDate day = LocalDate.of(2026, 11, 25);
		List<ListFilter> filters = List.of(new AccountsFilter("checking"),
				new PaymentRequestsFilter(PaymentRequestDirection.OUTBOUND, "pending"),
				new TransactionsFilter("acc_1", day, day, "ach"), new WebhookDeliveriesFilter("wh_1", day, day));
		VictorJsonCodec json = VictorJson.codec();
		for (ListFilter filter : filters) {
			Map<?, ?> fields = json.read(json.write(filter), Map.class);
			assertThat(filter.toQueryParameters().asMap().keySet()).as(filter.getClass().getSimpleName())
				.containsExactlyElementsOf(fields.keySet().stream().map(String::valueOf).toList());
		}
	}

	@Test
	void theNextPageKeepsItsSize() {
		assertThat(PagedRequest.first().next()).isEqualTo(PagedRequest.of(2, PagedRequest.DEFAULT_PAGE_SIZE));
	}

	/** A filter whose component Victor's JSON names otherwise than in snake case. */
	public record RenamedFilter(@JsonProperty("txn_type") String transactionType) implements ListFilter {

	}

	/** A filter an application declares in its own package, not public. */
	private record OwnFilter(String victorAccountId, @Nullable String transactionType) implements ListFilter {

	}

}
