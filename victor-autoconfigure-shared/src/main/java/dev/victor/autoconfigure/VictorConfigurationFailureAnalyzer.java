package dev.victor.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link VictorConfigurationException} as Spring Boot's "Description / Action"
 * failure analysis.
 *
 * @since 0.1.0
 */
class VictorConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<VictorConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, VictorConfigurationException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.getAction(), cause);
	}

}
