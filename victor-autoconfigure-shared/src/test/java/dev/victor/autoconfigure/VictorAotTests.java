package dev.victor.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.testsupport.JwtAssertions;
import dev.victor.testsupport.LoopbackServers;
import dev.victor.testsupport.TestClients;
import dev.victor.testsupport.TestKeys;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application context processed ahead of time, as for a native image: the generated
 * bean definitions are compiled, a fresh context starts from them alone (no configuration
 * class parsing, no condition evaluation), and the client it holds signs and pays.
 */
@CompileWithForkedClassLoader
class VictorAotTests {

	private MockWebServer server;

	@BeforeEach
	void start() {
		this.server = LoopbackServers.mockWebServer();
	}

	@AfterEach
	void stop() throws IOException {
		this.server.shutdown();
	}

	@Test
	void anAotProcessedContextStartsAndPays() {
		AnnotationConfigApplicationContext buildTime = new AnnotationConfigApplicationContext();
		configure(buildTime);
		buildTime.register(AotApplication.class);
		TestGenerationContext generated = new TestGenerationContext();
		ClassName initializerName = new ApplicationContextAotGenerator().processAheadOfTime(buildTime, generated);
		generated.writeGeneratedContent();
		assertThat(generated.getRuntimeHints().reflection().typeHints()).as("the client's hints were applied")
			.anyMatch((hint) -> hint.getType().getName().equals("dev.victor.client.model.NewAchPaymentRequest"));
		TestCompiler.forSystem().with(generated).compile((compiled) -> {
			GenericApplicationContext runTime = new GenericApplicationContext();
			configure(runTime);
			@SuppressWarnings("unchecked")
			ApplicationContextInitializer<GenericApplicationContext> initializer = compiled
				.getInstance(ApplicationContextInitializer.class, initializerName.toString());
			initializer.initialize(runTime);
			runTime.refresh();
			try {
				this.server.enqueue(LoopbackServers.json(201, TestClients.RECEIPT));
				TransactionReceipt receipt = runTime.getBean(VictorPaymentsClient.class)
					.createAchPayment(TestClients.achPayment())
					.block(Duration.ofSeconds(10));
				assertThat(receipt.victorTransactionId()).isEqualTo("tx_1");
				assertThat(runTime.getBean(BlockingVictorPaymentsClient.class)).isNotNull();
				RecordedRequest request = this.server.takeRequest();
				assertThat(request.getPath()).isEqualTo("/v2/payments/ach");
				JwtAssertions.verify(request.getHeader("Authorization").substring("Token ".length()),
						TestKeys.publicKey(TestKeys.rsa2048()), TestClients.API_KEY);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			finally {
				runTime.close();
			}
		});
	}

	private void configure(GenericApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test",
					Map.of("victor.api-key", TestClients.API_KEY, "victor.private-key-pem",
							TestKeys.pkcs8Pem(TestKeys.rsa2048()), "victor.base-url",
							this.server.url("/").toString())));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(VictorAutoConfiguration.class)
	static class AotApplication {

	}

}
