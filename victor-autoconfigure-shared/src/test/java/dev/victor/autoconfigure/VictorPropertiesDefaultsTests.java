package dev.victor.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.victor.client.VictorPaymentsClientBuilder;
import dev.victor.client.http.VictorHttpSettings;
import dev.victor.client.http.VictorRetrySettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.convert.ApplicationConversionService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults are declared once, in the client; the properties start from them, and the
 * defaults the configuration metadata shows an IDE match what binding nothing gives.
 */
class VictorPropertiesDefaultsTests {

	@Test
	void unsetPropertiesGiveTheClientsDefaults() {
		VictorProperties properties = new VictorProperties();
		assertThat(VictorSettingsMapper.http(properties)).isEqualTo(VictorHttpSettings.defaults());
		assertThat(VictorSettingsMapper.retry(properties)).isEqualTo(VictorRetrySettings.defaults());
		assertThat(properties.getAuth().getTokenTtl()).isEqualTo(VictorPaymentsClientBuilder.DEFAULT_TOKEN_TTL);
		assertThat(properties.getAuth().getClockSkew()).isEqualTo(VictorPaymentsClientBuilder.DEFAULT_CLOCK_SKEW);
		assertThat(properties.getAuth().getRefreshSkew()).isEqualTo(VictorPaymentsClientBuilder.DEFAULT_REFRESH_SKEW);
	}

	@Test
	void everyDefaultTheMetadataShowsIsTheBoundDefault() throws IOException {
		BeanWrapper unset = PropertyAccessorFactory.forBeanPropertyAccess(new VictorProperties());
		List<String> checked = new ArrayList<>();
		for (Map<String, Object> property : metadataDefaults()) {
			String name = (String) property.get("name");
			String shown = String.valueOf(property.get("defaultValue"));
			String path = beanPath(name);
			Object bound = unset.getPropertyValue(path);
			Object expected = ApplicationConversionService.getSharedInstance()
				.convert(shown, unset.getPropertyType(path));
			if (bound instanceof Enum<?> value) {
				assertThat(value.name()).as(name).isEqualToIgnoringCase(shown);
			}
			else {
				assertThat(bound).as(name).isEqualTo(expected);
			}
			checked.add(name);
		}
		assertThat(checked).as("the defaults declared in the client show in the metadata")
			.contains("victor.auth.token-ttl", "victor.auth.clock-skew", "victor.auth.refresh-skew",
					"victor.http.connect-timeout", "victor.http.max-in-memory-size", "victor.http.deadline",
					"victor.http.max-pending-acquires", "victor.retry.max-attempts", "victor.retry.max-retry-after");
	}

	private static List<Map<String, Object>> metadataDefaults() throws IOException {
		try (InputStream in = VictorPropertiesDefaultsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the configuration processor's metadata").isNotNull();
			return JsonPath.read(in, "$.properties[?(@.defaultValue)]");
		}
	}

	/** {@code victor.http.max-in-memory-size} → {@code http.maxInMemorySize}. */
	private static String beanPath(String name) {
		StringBuilder path = new StringBuilder();
		boolean upper = false;
		for (char c : name.substring("victor.".length()).toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				path.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return path.toString();
	}

}
