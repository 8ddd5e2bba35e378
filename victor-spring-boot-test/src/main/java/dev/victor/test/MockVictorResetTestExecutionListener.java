package dev.victor.test;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the {@link MockVictorServer} of an {@link EnableMockVictor} test before each
 * test method, so tests sharing one cached application context (and so one mock) see none
 * of each other's payments, faults or journal.
 *
 * @since 0.1.0
 */
public class MockVictorResetTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()
				&& TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), EnableMockVictor.class)) {
			testContext.getApplicationContext()
				.getBeanProvider(MockVictorServer.class)
				.ifAvailable(MockVictorServer::reset);
		}
	}

}
