package dev.victor.sample;

import java.math.BigDecimal;
import java.time.Duration;

import dev.victor.client.VictorPaymentsClient;
import dev.victor.client.model.AchDirection;
import dev.victor.client.model.CounterpartyAchInfo;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.NewCounterpartyRequest;
import dev.victor.client.model.SecCode;
import dev.victor.client.model.TransactionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sample's main job: create a counterparty, pay it by ACH, and read the payment back,
 * logging each step. Switched off with {@code victor.sample.demo-on-startup=false}.
 *
 * @since 0.1.0
 */
@Component
@ConditionalOnProperty(name = "victor.sample.demo-on-startup", havingValue = "true", matchIfMissing = true)
class PayoutDemo implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(PayoutDemo.class);

	private final VictorPaymentsClient victor;

	private final String fromAccountNumber;

	PayoutDemo(VictorPaymentsClient victor, @Value("${victor.sample.from-account-number}") String fromAccountNumber) {
		this.victor = victor;
		this.fromAccountNumber = fromAccountNumber;
	}

	@Override
	public void run(ApplicationArguments args) {
		TransactionDetails payment = this.victor
			.createCounterparty(NewCounterpartyRequest.builder()
				.accountName("Acme Supplies")
				.achInfo(CounterpartyAchInfo.builder()
					.accountNumber("000123456789")
					.accountType("checking")
					.routingNumber("051504597")
					.build())
				.build())
			.doOnNext((counterparty) -> logger.info("Victor demo: created counterparty "
					+ counterparty.victorCounterpartyId() + " (" + counterparty.accountName() + ")"))
			.flatMap((counterparty) -> this.victor.createAchPayment(NewAchPaymentRequest.builder()
				.fromAccountNumber(this.fromAccountNumber)
				.counterpartyId(counterparty.victorCounterpartyId())
				.amount(new BigDecimal("12.34"))
				.direction(AchDirection.CREDIT)
				.secCode(SecCode.CCD)
				.companyEntryDescription("SUPPLIES")
				.build()))
			.doOnNext((receipt) -> logger.info("Victor demo: paid " + receipt.amount() + " by ACH, transaction "
					+ receipt.victorTransactionId() + " is " + receipt.status()))
			.flatMap((receipt) -> this.victor.getTransaction(receipt.victorTransactionId()))
			.block(Duration.ofSeconds(30));
		logger.info("Victor demo: read back " + payment.victorTransactionId() + ": " + payment.status() + ", "
				+ payment.amount() + " to " + payment.counterpartyId());
	}

}
