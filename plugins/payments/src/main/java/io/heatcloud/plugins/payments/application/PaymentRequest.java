package io.heatcloud.plugins.payments.application;

import java.math.BigDecimal;

/**
 * A payment to post.
 *
 * @param accountNo the account paid for
 * @param amount yuan, positive, at most 2 decimals
 * @param channel COUNTER, BANK or ONLINE
 * @param method CASH, CARD or TRANSFER at the counter; the bank's code (ICBC, ...) for banks; the gateway id online
 * @param channelRef the channel's transaction id (a card slip, a bank reference), optional
 * @param note a note, optional
 */
public record PaymentRequest(
    String accountNo, BigDecimal amount, String channel, String method, String channelRef, String note) {}
