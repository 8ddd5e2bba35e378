package dev.victor.client.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How amounts of money are checked and written for Victor: dollars, more than zero (or at
 * least zero for balances), at most two decimals, at most {@link #MAX_AMOUNT}, and on the
 * wire always as a plain decimal with exactly two fraction digits ({@code 5} →
 * {@code 5.00}, {@code 1E+3} → {@code 1000.00}), never in scientific notation. Every
 * {@code BigDecimal} of the models is an amount.
 *
 * @since 0.1.0
 */
public final class Money {

	/**
	 * The largest amount the client sends: $9,999,999,999.99, the Fedwire maximum and the
	 * largest a US payment rail carries. Victor documents no limit of its own; ACH
	 * entries are further limited by NACHA to $99,999,999.99, which Victor enforces.
	 */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	private Money() {
	}

	/**
	 * Tell whether an amount has at most two decimals, ignoring trailing zeros.
	 * @param amount the amount
	 * @return whether it is whole cents
	 */
	public static boolean isWholeCents(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 2;
	}

	/**
	 * Return the JSON number Victor is sent for an amount: plain, with exactly two
	 * fraction digits. Any other value (only ever met re-writing a response) is written
	 * in its canonical form, so a hostile {@code 1E+999999999} is not expanded.
	 * @param amount the amount
	 * @return the number's text
	 */
	public static String toWire(BigDecimal amount) {
		return (amount.abs().compareTo(MAX_AMOUNT) <= 0 && isWholeCents(amount))
				? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : amount.toString();
	}

}
