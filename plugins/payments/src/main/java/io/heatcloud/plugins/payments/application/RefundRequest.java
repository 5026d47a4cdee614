package io.heatcloud.plugins.payments.application;

import java.math.BigDecimal;

/**
 * A refund or reversal of a payment.
 *
 * @param amount yuan to give back; ignored for a reversal (which takes back all that remains)
 * @param reason why, required
 */
public record RefundRequest(BigDecimal amount, String reason) {}
