package io.heatcloud.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;

/** Payments of a company through the REST API, and the ledger's invariants read from the database. */
public final class Payments {

  private final Billing billing;

  /**
   * Payments of a server.
   *
   * @param billing the server's billing helper (tokens, exact decimals)
   */
  public Payments(Billing billing) {
    this.billing = billing;
  }

  /**
   * Posts a counter payment.
   *
   * @param token a cashier
   * @param key the idempotency key
   * @param accountNo the account
   * @param amount yuan
   * @param method CASH, CARD or TRANSFER
   * @return the response
   */
  public Response post(String token, String key, String accountNo, String amount, String method) {
    return billing.as(token).header("Idempotency-Key", key)
        .body(Map.of("accountNo", accountNo, "amount", new BigDecimal(amount), "channel", "COUNTER", "method", method))
        .post("/modules/payments/payments");
  }

  /**
   * Refunds part of a payment.
   *
   * @param token an administrator
   * @param key the idempotency key
   * @param paymentId the payment
   * @param amount yuan
   * @return the response
   */
  public Response refund(String token, String key, long paymentId, String amount) {
    return billing.as(token).header("Idempotency-Key", key)
        .body(Map.of("amount", new BigDecimal(amount), "reason", "客户多缴退回"))
        .post("/modules/payments/payments/" + paymentId + "/refunds");
  }

  /**
   * Checks the ledger of a company schema: sum(payments) = sum(allocations) + sum(prepaid balances),
   * and what the allocations say equals what billing's settlements say.
   *
   * @param schema the company schema, e.g. t_pya
   */
  public static void assertBalanced(String schema) {
    BigDecimal payments = (BigDecimal) Db.value("SELECT COALESCE(sum(amount), 0) FROM " + schema + ".pay_payment");
    BigDecimal allocations = (BigDecimal) Db.value("SELECT COALESCE(sum(amount), 0) FROM " + schema + ".pay_allocation");
    BigDecimal prepaid = (BigDecimal) Db.value("SELECT COALESCE(sum(balance), 0) FROM " + schema + ".pay_prepaid");
    BigDecimal settled = (BigDecimal) Db.value("SELECT COALESCE(sum(amount), 0) FROM " + schema + ".billing_settlement");
    assertEquals(0, payments.compareTo(allocations.add(prepaid)),
        schema + ": payments " + payments + " = allocations " + allocations + " + prepaid " + prepaid);
    assertEquals(0, allocations.compareTo(settled), schema + ": allocations " + allocations + " = settlements " + settled);
  }
}
