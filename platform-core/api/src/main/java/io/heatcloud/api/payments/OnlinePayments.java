package io.heatcloud.api.payments;

import io.heatcloud.api.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Payments as the customer portal uses them, offered by the payments module. The portal decides
 * which accounts a customer may use; these methods take the account and trust that check.
 */
public interface OnlinePayments {

  /**
   * A gateway a customer can choose.
   *
   * @param id its id
   * @param name its name
   */
  record GatewayOption(String id, LocalizedText name) {}

  /**
   * An online order's state.
   *
   * @param orderNo the order
   * @param accountId the account it pays for
   * @param amount yuan
   * @param status CREATED, PAID, CLOSED or FAILED
   * @param receiptNo the receipt once paid
   * @param paymentId the payment once paid
   */
  record OrderStatus(String orderNo, long accountId, BigDecimal amount, String status, String receiptNo, Long paymentId) {}

  /**
   * A payment, refund or reversal of an account.
   *
   * @param id the entry
   * @param kind PAYMENT, REFUND or REVERSAL
   * @param receiptNo its receipt number
   * @param day its business day
   * @param channel COUNTER, BANK or ONLINE
   * @param method how
   * @param amount yuan
   */
  record PaymentRecord(long id, String kind, String receiptNo, LocalDate day, String channel, String method,
      BigDecimal amount) {}

  /**
   * The gateways the company offers.
   *
   * @return the gateways
   */
  List<GatewayOption> gateways();

  /**
   * Starts paying what an account owes now (the amount is computed by the platform).
   *
   * @param accountId the account
   * @param gatewayId the gateway chosen
   * @param returnUrl where the browser returns after paying
   * @param payer who pays (for the audit trail)
   * @return the order and the gateway's page
   */
  PaymentGateway.Checkout pay(long accountId, String gatewayId, String returnUrl, String payer);

  /**
   * An order's state; an order still open is checked at the gateway first.
   *
   * @param orderNo the order
   * @return its state, if it exists
   */
  Optional<OrderStatus> order(String orderNo);

  /**
   * An account's payments, newest first.
   *
   * @param accountId the account
   * @return its entries
   */
  List<PaymentRecord> history(long accountId);

  /**
   * A receipt as PDF.
   *
   * @param accountId the account the payment must belong to
   * @param paymentId the payment
   * @return the PDF, or empty when the payment is not the account's
   */
  Optional<byte[]> receipt(long accountId, long paymentId);

  /**
   * The number of a payment's electronic invoice.
   *
   * @param accountId the account the payment must belong to
   * @param paymentId the payment
   * @return the number, or empty when not invoiced (or not the account's)
   */
  default Optional<String> invoiceNo(long accountId, long paymentId) {
    return Optional.empty();
  }

  /**
   * Issues a payment's electronic invoice to the account's holder (asking again answers the same).
   *
   * @param accountId the account the payment must belong to
   * @param paymentId the payment
   * @param requestedBy who asks (the portal customer)
   * @return the invoice's number, or empty when the payment is not the account's
   */
  default Optional<String> requestInvoice(long accountId, long paymentId, String requestedBy) {
    return Optional.empty();
  }

  /**
   * A payment's electronic invoice as PDF.
   *
   * @param accountId the account the payment must belong to
   * @param paymentId the payment
   * @return the PDF, or empty when not invoiced or not the account's
   */
  default Optional<byte[]> invoice(long accountId, long paymentId) {
    return Optional.empty();
  }
}
