package dev.victor.client.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.victor.client.model.Money;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ClientCodecConfigurer;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.http.codec.json.Jackson2JsonEncoder;

/**
 * {@link VictorJsonCodec} on Jackson 2 and Spring's {@code Jackson2Json*} codecs: the
 * Spring Boot 3.5 line. Loaded only where Jackson 3 is absent.
 */
final class JacksonTwoCodec extends JacksonCodec {

	private final ObjectMapper mapper;

	JacksonTwoCodec() {
		this.mapper = configure();
		warmUp();
	}

	private static ObjectMapper configure() {
		SimpleModule utc = new SimpleModule("VictorWireFormat");
		utc.addSerializer(OffsetDateTime.class, new UtcSerializer<>(OffsetDateTime.class));
		utc.addSerializer(ZonedDateTime.class, new UtcSerializer<>(ZonedDateTime.class));
		utc.addSerializer(BigDecimal.class, new MoneySerializer());
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.defaultPropertyInclusion(VictorJson.INCLUSION)
			.addModule(new JavaTimeModule())
			.addModule(utc)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
	}

	@Override
	public String name() {
		return "jackson2";
	}

	@Override
	@SuppressWarnings("removal")
	public void registerWith(ClientCodecConfigurer codecs) {
		codecs.defaultCodecs().jackson2JsonEncoder(new Jackson2JsonEncoder(this.mapper, MediaType.APPLICATION_JSON));
		codecs.defaultCodecs().jackson2JsonDecoder(new Jackson2JsonDecoder(this.mapper, MediaType.APPLICATION_JSON));
	}

	@Override
	protected void prepare(Class<?> type) {
		this.mapper.readerFor(type);
		this.mapper.writerFor(type);
	}

	@Override
	protected byte[] writeBytes(Object value) throws IOException {
		return this.mapper.writeValueAsBytes(value);
	}

	@Override
	protected <T> T readBytes(byte[] json, Class<T> type) throws IOException {
		return this.mapper.readValue(json, type);
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

	/**
	 * Writes every amount as a plain decimal with two fraction digits
	 * ({@link Money#toWire}).
	 */
	private static final class MoneySerializer extends StdSerializer<BigDecimal> {

		MoneySerializer() {
			super(BigDecimal.class);
		}

		@Override
		public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
				throws IOException {
			generator.writeNumber(Money.toWire(value));
		}

	}

}
