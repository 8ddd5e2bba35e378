package dev.victor.client.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

import dev.victor.client.model.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ClientCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;

/**
 * {@link VictorJsonCodec} on Jackson 3 and Spring Framework 7's {@code JacksonJson*}
 * codecs: the Spring Boot 4 line. Jackson 3 changed defaults that would change the wire
 * format (alphabetical property order, enums through {@code toString()}, {@code null} for
 * a primitive failing); each is set back here, and shared golden files prove both codecs
 * write and read the same bytes. The only class of the core that needs Framework 7:
 * loaded only where it is present.
 */
final class JacksonThreeCodec extends JacksonCodec {

	private final JsonMapper mapper;

	JacksonThreeCodec() {
		this.mapper = configure();
		warmUp();
	}

	private static JsonMapper configure() {
		SimpleModule utc = new SimpleModule("VictorWireFormat");
		utc.addSerializer(OffsetDateTime.class, new UtcSerializer<>(OffsetDateTime.class));
		utc.addSerializer(ZonedDateTime.class, new UtcSerializer<>(ZonedDateTime.class));
		utc.addSerializer(BigDecimal.class, new MoneySerializer());
		return JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.changeDefaultPropertyInclusion((inclusion) -> VictorJson.INCLUSION)
			.addModule(utc)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
			.disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
	}

	@Override
	public String name() {
		return "jackson3";
	}

	@Override
	public void registerWith(ClientCodecConfigurer codecs) {
		codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(this.mapper, MediaType.APPLICATION_JSON));
		codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(this.mapper, MediaType.APPLICATION_JSON));
	}

	@Override
	protected void prepare(Class<?> type) {
		this.mapper.readerFor(type);
		this.mapper.writerFor(type);
	}

	@Override
	protected byte[] writeBytes(Object value) throws JacksonException {
		return this.mapper.writeValueAsBytes(value);
	}

	@Override
	protected <T> T readBytes(byte[] json, Class<T> type) throws JacksonException {
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
		public void serialize(T value, JsonGenerator generator, SerializationContext context) {
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
		public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
			generator.writeNumber(Money.toWire(value));
		}

	}

}
