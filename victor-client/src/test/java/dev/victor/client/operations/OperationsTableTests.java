package dev.victor.client.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.victor.client.VictorOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's operations table lists every {@link VictorOperation} with its HTTP method,
 * path and confirmation status, so the documentation cannot drift from the client.
 */
class OperationsTableTests {

	@Test
	void theReadmeListsEveryOperationAsTheClientCallsIt() throws IOException {
		List<String> rows = Files.readAllLines(Path.of("..", "README.md"))
			.stream()
			.filter((line) -> line.startsWith("| `"))
			.toList();
		for (VictorOperation operation : VictorOperation.values()) {
			String marker = operation.confirmed() ? "` |" : "` *(unconfirmed)* |";
			assertThat(rows).as(operation.operationId())
				.filteredOn((row) -> row.startsWith("| `" + operation.operationId() + marker))
				.singleElement()
				.satisfies((row) -> assertThat(row)
					.contains("`" + operation.method().name() + " " + operation.pathTemplate() + "`")
					.contains(operation.referencePage())
					.contains(operation.idempotencyKeyAccepted() ? "| yes |" : "| no |"));
		}
	}

}
