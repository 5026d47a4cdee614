package io.heatcloud.plugins.payments.domain;

/** What a ledger entry is. */
public enum PaymentKind {
  /** Money received; positive. */
  PAYMENT,
  /** Money given back, part or all of a payment; negative, linked to the payment. */
  REFUND,
  /** A payment cancelled as if it had not happened (a bounced transfer, a cashier's error); negative. */
  REVERSAL,
  /** The account's prepaid balance applied to what it owes: amount 0, prepaid negative. */
  APPLY
}
