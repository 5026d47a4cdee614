package io.heatcloud.plugins.payments.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A ledger entry as the API and the screens show it.
 *
 * @param id the entry
 * @param kind PAYMENT, REFUND or REVERSAL
 * @param receiptNo the receipt number
 * @param accountNo the account
 * @param channel COUNTER, BANK or ONLINE
 * @param method the channel's method (CASH, CARD, TRANSFER, COLLECTION, or the gateway)
 * @param channelRef the channel's transaction id
 * @param amount yuan, negative for refunds and reversals
 * @param prepaid the part that went to (negative: came from) the prepaid balance
 * @param originalId the payment refunded or reversed
 * @param refunded for payments: what refunds and reversals took back so far (positive)
 * @param businessDate the business day
 * @param createdAt when it was recorded
 * @param createdBy who recorded it
 * @param note note or reason
 * @param allocations where the money went
 */
public record PaymentView(
    long id,
    String kind,
    String receiptNo,
    String accountNo,
    String channel,
    String method,
    String channelRef,
    BigDecimal amount,
    BigDecimal prepaid,
    Long originalId,
    BigDecimal refunded,
    LocalDate businessDate,
    Instant createdAt,
    String createdBy,
    String note,
    List<Line> allocations) {

  /**
   * A part of an entry applied to one receivable.
   *
   * @param seasonId the season
   * @param seasonCode its code
   * @param item PRINCIPAL or LATE_FEE
   * @param amount yuan
   */
  public record Line(long seasonId, String seasonCode, String item, BigDecimal amount) {}
}
