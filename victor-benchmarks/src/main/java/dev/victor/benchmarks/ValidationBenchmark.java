package dev.victor.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;

import dev.victor.client.model.AchDirection;
import dev.victor.client.model.CreateRtpSendRequest;
import dev.victor.client.model.NewAchPaymentRequest;
import dev.victor.client.model.RtpParty;
import dev.victor.client.model.RtpPaymentDetails;
import dev.victor.client.model.SecCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What checking a request's documented constraints costs before it is sent: a fully
 * filled ACH payment (ten checked fields) and an RTP send (three nested records), both
 * valid, so every rule runs and none throws.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

	private final NewAchPaymentRequest achPayment = NewAchPaymentRequest.builder()
		.fromAccountNumber("1234567890")
		.counterpartyId("cp_1")
		.amount(new BigDecimal("12.34"))
		.direction(AchDirection.CREDIT)
		.secCode(SecCode.CCD)
		.clientReferenceId("payout-1")
		.companyName("ACME PAYROLL")
		.companyId("1234567890")
		.companyEntryDescription("PAYROLL")
		.addenda("November run")
		.build();

	private final CreateRtpSendRequest rtpSend = CreateRtpSendRequest.builder()
		.payee(RtpParty.builder().name("Payee").accountNumber("987654").routingNumber("051504597").build())
		.payer(RtpParty.builder().name("Payer").accountNumber("123456").routingNumber("051504597").build())
		.paymentDetails(RtpPaymentDetails.builder().amount(new BigDecimal("1.00")).description("rent").build())
		.clientReferenceId("rtp-1")
		.build();

	@Benchmark
	public NewAchPaymentRequest achPayment() {
		this.achPayment.validate();
		return this.achPayment;
	}

	@Benchmark
	public CreateRtpSendRequest rtpSend() {
		this.rtpSend.validate();
		return this.rtpSend;
	}

}
