package dev.victor.client.reliability;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.testsupport.ScriptedHttpServer.Action;
import dev.victor.testsupport.ScriptedHttpServer;
import dev.victor.testsupport.TestClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids that are not dot segments go out as one percent-encoded path segment, whatever they
 * hold: they can name a resource, never steer to another path.
 */
class PathVariableEncodingTests {

	@Test
	void otherCharactersOfAnIdStayPercentEncodedInOnePathSegment() throws Exception {
		try (ScriptedHttpServer server = new ScriptedHttpServer(
				(request) -> Action.respond(200, "{\"id\":\"cp_1\"}"))) {
			VictorPaymentsClient client = TestClients.builder(server.baseUrl()).build();
			client.getCounterparty("a/../b c").block();
			client.getCounterparty("...").block();
			assertThat(server.requests()).extracting(ScriptedHttpServer.Request::path)
				.containsExactly("/v2/counterparties/a%2F..%2Fb%20c", "/v2/counterparties/...");
		}
	}

}
