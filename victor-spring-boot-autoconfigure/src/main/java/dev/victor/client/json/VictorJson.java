package dev.victor.client.json;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.victor.client.model.AccountDetails;
import dev.victor.client.model.AccountListItem;
import dev.victor.client.model.Counterparty;
import dev.victor.client.model.CreateBookExternalTransferRequest;
import dev.victor.client.model.CreateBookTransferRequest;
import dev.victor.client.model.CreateRtpSendRequest;
import dev.victor.client.model.InstantPaymentEligibility;
import dev.victor.client.model.LedgeringAccountCreateRequest;
import dev.victor.client.model.LedgeringAccountCreateResponse;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.NewPaymentRequest;
import dev.victor.client.model.NewWebhookRequest;
import dev.victor.client.model.PaymentRequest;
import dev.victor.client.model.PaymentRequestDecision;
import dev.victor.client.model.RoutingNumberValidation;
import dev.victor.client.model.Sweep;
import dev.victor.client.model.SweepRequest;
import dev.victor.client.model.TransactionDetails;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.client.model.UpdateAchPaymentRequest;
import dev.victor.client.model.UpdateCounterpartyRequest;
import dev.victor.client.model.WebhookConfiguration;
import dev.victor.client.model.WebhookDelivery;

/**
 * Creates the {@link ObjectMapper} that defines Victor's wire format. It is deliberately
 * separate from any application-wide mapper, so an application's Jackson settings can
 * never change what is sent to Victor.
 * <ul>
 * <li>property names are snake_case; {@code null} fields are left out;</li>
 * <li>date-times are ISO-8601 strings in UTC with a {@code Z} suffix, whatever offset the
 * caller used;</li>
 * <li>numeric timestamps in responses are read as epoch milliseconds (the unit of
 * Victor's token {@code expires}; unconfirmed for account timestamps);</li>
 * <li>unknown response properties are ignored or kept by the models, never fatal.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class VictorJson {

	private static final List<Class<?>> WARM_TYPES = List.of(TransactionReceipt.class, TransactionDetails.class,
			Counterparty.class, AccountDetails.class, AccountListItem.class, Sweep.class,
			InstantPaymentEligibility.class, RoutingNumberValidation.class, LedgeringAccountCreateResponse.class,
			PaymentRequest.class, WebhookConfiguration.class, WebhookDelivery.class, NewAchPaymentRequest.class,
			NewCounterpartyRequest.class, UpdateCounterpartyRequest.class, CreateBookTransferRequest.class,
			CreateBookExternalTransferRequest.class, CreateRtpSendRequest.class, SweepRequest.class,
			UpdateAchPaymentRequest.class, LedgeringAccountCreateRequest.class, NewPaymentRequest.class,
			PaymentRequestDecision.class, NewWebhookRequest.class);

	private VictorJson() {
	}

	/**
	 * Create a new mapper configured for Victor's wire format.
	 * @return a new, independent mapper
	 */
	public static ObjectMapper createObjectMapper() {
		ObjectMapper mapper = configure();
		warmUp(mapper);
		return mapper;
	}

	private static ObjectMapper configure() {
		SimpleModule utc = new SimpleModule("VictorUtcDateTimes");
		utc.addSerializer(OffsetDateTime.class, new UtcSerializer<>(OffsetDateTime.class));
		utc.addSerializer(ZonedDateTime.class, new UtcSerializer<>(ZonedDateTime.class));
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.serializationInclusion(JsonInclude.Include.NON_NULL)
			.addModule(new JavaTimeModule())
			.addModule(utc)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();
	}

	/**
	 * Build the (de)serializers of error bodies and the core models now: Jackson builds
	 * them under a lock on first use, which would otherwise be taken, and possibly contended,
	 * on a Netty event loop.
	 */
	private static void warmUp(ObjectMapper mapper) {
		try {
			mapper.readTree("{}");
			for (Class<?> type : WARM_TYPES) {
				mapper.readerFor(type);
				mapper.writerFor(type);
			}
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes an offset or zoned date-time as the UTC instant it denotes.
	 */
	private static final class UtcSerializer<T extends TemporalAccessor> extends StdSerializer<T> {

		UtcSerializer(Class<T> type) {
			super(type);
		}

		@Override
		public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
			generator.writeString(Instant.from(value).toString());
		}

	}

}
