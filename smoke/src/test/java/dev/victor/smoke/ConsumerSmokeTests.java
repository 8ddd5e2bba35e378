package dev.victor.smoke;

import java.math.BigDecimal;

import dev.victor.client.BlockingVictorPaymentsClient;
import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionReceipt;
import dev.victor.test.EnableMockVictor;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An application that declares only its Boot line's Victor starter gets the typed client,
 * the {@code victor} health component and info, the meters and the failure reports; and
 * no Spring Security, so no generated password.
 */
@SpringBootTest(properties = "spring.main.web-application-type=none")
@EnableMockVictor
@ExtendWith(OutputCaptureExtension.class)
class ConsumerSmokeTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private BlockingVictorPaymentsClient victor;

	@Autowired
	private MeterRegistry meters;

	@Test
	void paysThroughTheTypedClientAndTimesTheCall() {
		String counterparty = this.victor
			.createCounterparty(NewCounterpartyRequest.builder().accountName("Acme Supplies").build())
			.victorCounterpartyId();
		TransactionReceipt receipt = this.victor.createAchPayment(NewAchPaymentRequest.builder()
			.fromAccountNumber("1234567890")
			.counterpartyId(counterparty)
			.amount(new BigDecimal("12.30"))
			.direction(AchDirection.CREDIT)
			.secCode(SecCode.CCD)
			.build());
		assertThat(receipt.victorTransactionId()).isNotBlank();
		assertThat(this.context.getBean(VictorPaymentsClient.class)).isNotNull();
		assertThat(this.meters.get("victor.client.requests").tag("operation", "createAchPayment").timer().count())
			.isEqualTo(1);
	}

	@Test
	void reportsVictorHealthAndInfo() throws Exception {
		Object indicator = this.context.getBean("victorHealthIndicator");
		Object health = indicator.getClass().getMethod("health").invoke(indicator);
		Object status = health.getClass().getMethod("getStatus").invoke(health);
		assertThat(status.getClass().getMethod("getCode").invoke(status)).isEqualTo("UP");
		Info.Builder info = new Info.Builder();
		this.context.getBeansOfType(InfoContributor.class).values().forEach((contributor) -> contributor.contribute(info));
		assertThat(info.build().getDetails()).containsKey("victor");
		assertThat(info.build().getDetails().get("victor")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("environment", "staging");
	}

	@Test
	void bringsNoSpringSecurityAndSoNoGeneratedPassword(CapturedOutput output) {
		assertThat(ClassUtils.isPresent("org.springframework.security.core.userdetails.UserDetailsService", null))
			.isFalse();
		assertThat(output).doesNotContain("generated security password");
	}

	@Test
	void badConfigurationFailsWithAReportNamingTheProperty(CapturedOutput output) {
		SpringApplication application = new SpringApplication(SmokeApplication.class);
		assertThatException().isThrownBy(() -> application.run("--spring.main.web-application-type=none",
				"--victor.api-key=k", "--victor.private-key-pem=not a key", "--victor.environment=production",
				"--victor.auth.token-ttl=900s"));
		assertThat(output).contains("APPLICATION FAILED TO START").contains("victor.auth.token-ttl");
	}

}
