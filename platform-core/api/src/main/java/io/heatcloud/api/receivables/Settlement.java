package io.heatcloud.api.receivables;

import java.math.BigDecimal;

/**
 * A part of a payment applied to one open item, or taken back from it by a refund or reversal.
 *
 * @param seasonId the heating season
 * @param item principal or late fee
 * @param amount yuan with 2 decimals; positive settles, negative takes a settlement back
 */
public record Settlement(long seasonId, ReceivableItem item, BigDecimal amount) {}
