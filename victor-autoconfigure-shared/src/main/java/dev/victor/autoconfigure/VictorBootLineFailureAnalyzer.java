package dev.victor.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link VictorBootLineMismatchException} into Boot's "Description / Action"
 * report.
 *
 * @since 0.1.0
 */
class VictorBootLineFailureAnalyzer extends AbstractFailureAnalyzer<VictorBootLineMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, VictorBootLineMismatchException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
	}

}
