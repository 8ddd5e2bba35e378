package dev.victor.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.victor.autoconfigure.VictorProperties;
import dev.victor.client.VictorPaymentsClient;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds the Victor client's set-up to {@code /actuator/info}: environment, base URL,
 * authentication mode and client version. Never a key, secret or token.
 *
 * @since 0.1.0
 */
public class VictorInfoContributor implements InfoContributor {

	private final VictorProperties properties;

	/**
	 * Create a contributor.
	 * @param properties the Victor properties
	 */
	public VictorInfoContributor(VictorProperties properties) {
		this.properties = properties;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> victor = new LinkedHashMap<>();
		victor.put("environment", this.properties.getEnvironment().tagValue());
		victor.put("baseUrl", String.valueOf((this.properties.getBaseUrl() != null) ? this.properties.getBaseUrl()
				: this.properties.getEnvironment().baseUrl()));
		victor.put("authMode", this.properties.getAuth().getMode().name().toLowerCase());
		String version = VictorPaymentsClient.class.getPackage().getImplementationVersion();
		victor.put("clientVersion", (version != null) ? version : "development");
		builder.withDetail("victor", victor);
	}

}
