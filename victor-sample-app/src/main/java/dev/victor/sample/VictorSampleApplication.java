package dev.victor.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sample application of the Victor starter: pays a counterparty by ACH and reads the
 * payment back. By default it runs against an embedded mock Victor with generated
 * credentials; the {@code staging} profile talks to Victor's staging environment.
 *
 * @since 0.1.0
 */
@SpringBootApplication
public class VictorSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(VictorSampleApplication.class, args);
	}

}
