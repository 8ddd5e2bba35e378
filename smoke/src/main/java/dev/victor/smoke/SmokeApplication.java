package dev.victor.smoke;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest application a Victor user writes: the line's starter, actuator, and a
 * {@code VictorPaymentsClient} injected wherever it is needed.
 */
@SpringBootApplication
public class SmokeApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmokeApplication.class, args);
	}

}
