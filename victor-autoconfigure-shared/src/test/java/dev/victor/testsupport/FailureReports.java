package dev.victor.testsupport;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Renders a startup failure as Spring Boot's failure report would: every
 * {@link FailureAnalyzer} registered in {@code META-INF/spring.factories}, in order, and
 * the first analysis wins.
 */
public final class FailureReports {

	private FailureReports() {
	}

	/**
	 * Analyze a startup failure.
	 * @param failure the failure
	 * @return the "Description" and "Action" Boot would print, joined by a newline
	 */
	public static String report(Throwable failure) {
		ArgumentResolver arguments = ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
			.and(Environment.class, new StandardEnvironment());
		List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, arguments, FailureHandler.handleMessage((message, ex) -> {
			}));
		for (FailureAnalyzer analyzer : analyzers) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return "Description: " + analysis.getDescription() + "\nAction: " + analysis.getAction();
			}
		}
		throw new AssertionError("no failure analyzer reported " + failure);
	}

}
