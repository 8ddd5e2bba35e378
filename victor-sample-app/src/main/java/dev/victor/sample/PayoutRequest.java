package dev.victor.sample;

import java.math.BigDecimal;

/**
 * Body of {@code POST /payouts}: who to pay and how much.
 *
 * @param counterpartyId the Victor counterparty to pay
 * @param amount the amount in dollars, for example {@code "12.34"}
 * @since 0.1.0
 */
public record PayoutRequest(String counterpartyId, BigDecimal amount) {

}
