package dev.victor.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @SpringBootTest} against an embedded {@link MockVictorServer}: generates
 * an API key and RSA key pair, starts the mock on loopback, points the {@code victor.*}
 * properties at it, and registers it as a bean named {@code mockVictorServer} for the
 * test to inject (to inject faults or read the request journal). The mock stops with the
 * context. <pre class="code">
 * &#64;SpringBootTest
 * &#64;EnableMockVictor
 * class PayoutsTests {
 *     &#64;Autowired MockVictorServer victor;
 *     &#64;Autowired Payouts payouts;
 * }
 * </pre>
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface EnableMockVictor {

	/**
	 * Whether the client authenticates with OAuth client credentials instead of a
	 * client-signed JWT.
	 * @return {@code true} for OAuth mode
	 */
	boolean oauth() default false;

}
