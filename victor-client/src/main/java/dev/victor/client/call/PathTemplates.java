package dev.victor.client.call;

import java.util.Optional;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reads the path template a request was made from ({@code /v2/counterparties/{id}}), as
 * {@code WebClient} records it: without the base URL and the query, so it names the
 * operation without the ids in it.
 *
 * @since 0.2.0
 */
public final class PathTemplates {

	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private PathTemplates() {
	}

	/**
	 * Return the path template of a request.
	 * @param request the request
	 * @return the template's path, or empty for a request made with an expanded URI
	 */
	public static Optional<String> of(ClientRequest request) {
		return request.attribute(URI_TEMPLATE_ATTRIBUTE).map(Object::toString).map(PathTemplates::pathOf);
	}

	private static String pathOf(String template) {
		int query = template.indexOf('?');
		String path = (query >= 0) ? template.substring(0, query) : template;
		int scheme = path.indexOf("://");
		if (scheme >= 0) {
			int slash = path.indexOf('/', scheme + 3);
			path = (slash >= 0) ? path.substring(slash) : "/";
		}
		return path;
	}

}
