package dev.victor.client.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
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

import org.springframework.util.ClassUtils;

/**
 * Victor's wire format and the codec that writes it. Whichever Jackson runs it, the
 * format is:
 * <ul>
 * <li>property names are snake_case, in record-component order; {@code null} fields are
 * left out;</li>
 * <li>date-times are ISO-8601 strings in UTC with a {@code Z} suffix, whatever offset the
 * caller used;</li>
 * <li>numeric timestamps in responses are read as epoch milliseconds (the unit of
 * Victor's token {@code expires}; unconfirmed for account timestamps);</li>
 * <li>floating-point numbers are read as {@code BigDecimal}; a {@code null} for a
 * primitive reads as its default;</li>
 * <li>unknown response properties are ignored or kept by the models, never fatal;
 * anything after the JSON value is.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class VictorJson {

	/** Value inclusion of every Victor property: {@code null}s are left out. */
	static final JsonInclude.Value INCLUSION = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
			JsonInclude.Include.USE_DEFAULTS);

	private static final List<Class<?>> WARM_TYPES = List.of(TransactionReceipt.class, TransactionDetails.class,
			Counterparty.class, AccountDetails.class, AccountListItem.class, Sweep.class,
			InstantPaymentEligibility.class, RoutingNumberValidation.class, LedgeringAccountCreateResponse.class,
			PaymentRequest.class, WebhookConfiguration.class, WebhookDelivery.class, NewAchPaymentRequest.class,
			NewCounterpartyRequest.class, UpdateCounterpartyRequest.class, CreateBookTransferRequest.class,
			CreateBookExternalTransferRequest.class, CreateRtpSendRequest.class, SweepRequest.class,
			UpdateAchPaymentRequest.class, LedgeringAccountCreateRequest.class, NewPaymentRequest.class,
			PaymentRequestDecision.class, NewWebhookRequest.class);

	private static final boolean JACKSON_3_PRESENT = ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper",
			VictorJson.class.getClassLoader())
			&& ClassUtils.isPresent("org.springframework.http.codec.json.JacksonJsonEncoder",
					VictorJson.class.getClassLoader());

	private static final boolean JACKSON_2_PRESENT = ClassUtils.isPresent("com.fasterxml.jackson.databind.ObjectMapper",
			VictorJson.class.getClassLoader())
			&& ClassUtils.isPresent("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
					VictorJson.class.getClassLoader());

	private VictorJson() {
	}

	/**
	 * Create a codec for Victor's wire format: Jackson 3 where it and Spring Framework 7
	 * are on the class path, Jackson 2 (with {@code jackson-datatype-jsr310}) otherwise.
	 * @return a new, independent codec
	 * @throws IllegalStateException if neither Jackson is on the class path
	 */
	public static VictorJsonCodec codec() {
		if (JACKSON_3_PRESENT) {
			return new JacksonThreeCodec();
		}
		if (JACKSON_2_PRESENT) {
			return new JacksonTwoCodec();
		}
		throw new IllegalStateException("The Victor client needs Jackson: tools.jackson.core:jackson-databind with "
				+ "Spring Framework 7, or com.fasterxml.jackson.core:jackson-databind with "
				+ "com.fasterxml.jackson.datatype:jackson-datatype-jsr310");
	}

	/**
	 * Create one codec on each Jackson the class path has, Jackson 3 first; for tests
	 * that prove both write and read the same wire format.
	 * @return the available codecs
	 */
	public static List<VictorJsonCodec> availableCodecs() {
		List<VictorJsonCodec> codecs = new ArrayList<>(2);
		if (JACKSON_3_PRESENT) {
			codecs.add(new JacksonThreeCodec());
		}
		if (JACKSON_2_PRESENT) {
			codecs.add(new JacksonTwoCodec());
		}
		return codecs;
	}

	/**
	 * The types whose (de)serializers a codec builds up front: Jackson builds them under
	 * a lock on first use, which would otherwise be taken, and possibly contended, on a
	 * Netty event loop.
	 */
	static List<Class<?>> warmTypes() {
		return WARM_TYPES;
	}

}
