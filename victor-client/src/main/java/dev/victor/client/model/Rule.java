package dev.victor.client.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constraints Victor documents for a request's components, declared on the components
 * themselves. {@link Constraints#of(Object)} checks them and reports each violation under
 * the component's JSON name; rules across components stay in the request's
 * {@code validate()}.
 */
interface Rule {

	/** The value must be present, and not blank if it is text. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Required {

	}

	/** The text, when present, has at most {@link #value()} characters. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface MaxLength {

		int value();

	}

	/** A required amount in dollars: greater than zero, in whole cents, within bounds. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Amount {

	}

	/** A required balance in dollars: not negative, in whole cents, within bounds. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Balance {

	}

	/** A required wire enum value that Victor documents, never {@code UNKNOWN}. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Known {

	}

	/** A routing number, when present, of exactly nine digits. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface RoutingNumber {

	}

	/** A URL, when present, that is absolute and uses https. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface HttpsUrl {

	}

	/**
	 * A nested record, when present, whose own declared rules are checked and reported
	 * under this component's name ({@code payee.routing_number}).
	 */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Nested {

	}

}
