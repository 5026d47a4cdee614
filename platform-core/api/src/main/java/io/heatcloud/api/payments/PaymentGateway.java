package io.heatcloud.api.payments;

import io.heatcloud.api.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An online payment channel (a bank gateway, WeChat Pay, Alipay, or the simulator). Implementations
 * sign what they send and verify what they receive; a call that cannot reach the gateway throws
 * {@link GatewayException} and changes nothing on the platform's side.
 */
public interface PaymentGateway {

  /**
   * The gateway's id: lower-case letters, digits and dashes, e.g. {@code paysim}; it is the
   * payment method of the payments it brings.
   *
   * @return the id
   */
  String id();

  /**
   * The name customers see.
   *
   * @return the name
   */
  LocalizedText name();

  /**
   * Creates an order at the gateway.
   *
   * @param order the order
   * @return where the customer goes to pay
   * @throws GatewayException when the gateway refuses or cannot be reached
   */
  Checkout createOrder(OrderRequest order);

  /**
   * Verifies an asynchronous notification (signature, timestamp window, nonce not seen before) and
   * reads it.
   *
   * @param headers the request headers, names in lower case
   * @param body the request body
   * @return what happened to the order
   * @throws GatewayException with {@code rejected()} true when the notification is forged, stale or
   *     replayed
   */
  GatewayEvent verifyNotification(Map<String, String> headers, String body);

  /**
   * The body to answer a notification with, once it has been processed (the gateway stops
   * resending it).
   *
   * @return the acknowledgement
   */
  String acknowledgement();

  /**
   * Asks the gateway for an order's state (for orders whose notification did not arrive).
   *
   * @param orderNo the platform's order number
   * @return the order's state
   * @throws GatewayException when the gateway cannot be reached
   */
  GatewayEvent query(String orderNo);

  /**
   * Refunds part or all of a paid order. The gateway treats a second request with the same refund
   * number as the first.
   *
   * @param orderNo the order
   * @param refundNo the platform's refund number, unique
   * @param amount yuan to refund
   * @return the gateway's refund id
   * @throws GatewayException when the gateway refuses or cannot be reached
   */
  String refund(String orderNo, String refundNo, BigDecimal amount);

  /**
   * The gateway's statement of a day: every payment and refund it settled.
   *
   * @param day the day (Beijing)
   * @return the statement's lines
   * @throws GatewayException when the gateway cannot be reached
   */
  List<StatementLine> statement(LocalDate day);

  /**
   * An order to create.
   *
   * @param orderNo the platform's order number, unique
   * @param amount yuan
   * @param subject what is paid, shown to the customer
   * @param notifyUrl where the gateway posts its notifications
   * @param returnUrl where the customer's browser returns after paying
   */
  record OrderRequest(String orderNo, BigDecimal amount, String subject, String notifyUrl, String returnUrl) {}

  /**
   * A created order.
   *
   * @param orderNo the order
   * @param payUrl the gateway's page where the customer pays
   */
  record Checkout(String orderNo, String payUrl) {}

  /** An order's state at the gateway. */
  enum OrderState {
    /** Created, not paid yet. */
    NOT_PAID,
    /** Paid. */
    PAID,
    /** Closed or expired without payment. */
    CLOSED,
    /** Unknown to the gateway. */
    UNKNOWN
  }

  /**
   * What the gateway says about an order.
   *
   * @param orderNo the order
   * @param state its state
   * @param transactionId the gateway's transaction id when paid
   * @param amount yuan paid
   * @param paidOn the day it was paid (Beijing)
   */
  record GatewayEvent(String orderNo, OrderState state, String transactionId, BigDecimal amount, LocalDate paidOn) {}

  /**
   * A line of a statement.
   *
   * @param transactionId the gateway's id of the payment or refund
   * @param orderNo the platform's order number
   * @param refundNo the platform's refund number, for refunds
   * @param amount yuan, positive for payments, negative for refunds
   */
  record StatementLine(String transactionId, String orderNo, String refundNo, BigDecimal amount) {}
}
