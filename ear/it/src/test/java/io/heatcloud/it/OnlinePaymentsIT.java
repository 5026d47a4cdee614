package io.heatcloud.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.Payments;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Online payments through the gateway simulator, over real HTTP: every notification comes ten
 * times and out of order and posts once; forged, stale, replayed and tampered notifications post
 * nothing; a payment whose notifications are all lost is found by querying the gateway; refunds go
 * back through the gateway.
 */
class OnlinePaymentsIT extends PlatformDeployment {

  private static final Billing BILLING = new Billing(It.API);
  private static final Payments PAYMENTS = new Payments(BILLING);
  private static final String SECRET = "paysim-demo-secret-change-me";
  private static String noisy;
  private static String silent;
  private static String reconciling;

  private static String company(String code, String settings) {
    return """
        kind: company
        code: %s
        parent: JDQY
        name: 线上支付测试%s热力公司
        modules: [billing, payments, paysim]
        settings:
        %s
        demo:
          accounts: 200
          seed: 13
        users:
          - username: %s.admin
            displayName: %s 管理员
            role: COMPANY_ADMIN
            initialPassword: "Online#Pay2026"
        """.formatted(code, code, settings.indent(2).stripTrailing(), code.toLowerCase(), code);
  }

  @BeforeAll
  static void companies() throws Exception {
    Files.writeString(It.tenantsDir().resolve("companies/pon.yaml"),
        company("PON", "paysim:\n  notificationCopies: 10\n  notificationDelayMs: 1500"), StandardCharsets.UTF_8);
    Files.writeString(It.tenantsDir().resolve("companies/pol.yaml"),
        company("POL", "paysim:\n  lostNotifications: 99"), StandardCharsets.UTF_8);
    // reconciliation: notifications lost and no background query, so the test decides what the platform has
    Files.writeString(It.tenantsDir().resolve("companies/por.yaml"),
        company("POR", "paysim:\n  lostNotifications: 99\npayments:\n  queryOrdersAfterSeconds: 86400"),
        StandardCharsets.UTF_8);
    Api.await(Duration.ofSeconds(90), "companies PON, POL and POR",
        () -> BILLING.token("pon.admin", "Online#Pay2026") != null && BILLING.token("pol.admin", "Online#Pay2026") != null
            && BILLING.token("por.admin", "Online#Pay2026") != null);
    noisy = BILLING.token("pon.admin", "Online#Pay2026");
    silent = BILLING.token("pol.admin", "Online#Pay2026");
    reconciling = BILLING.token("por.admin", "Online#Pay2026");
    for (String admin : List.of(noisy, silent, reconciling)) {
      BILLING.awaitModule(admin);
      BILLING.completed(admin, BILLING.start(admin, BILLING.season(admin)));
    }
  }

  @AfterEach
  void ledgersBalance() {
    Payments.assertBalanced("t_pon");
    Payments.assertBalanced("t_pol");
    Payments.assertBalanced("t_por");
  }

  private static String account(String schema, int n) {
    return (String) Db.value("SELECT a.account_no FROM " + schema + ".account a WHERE EXISTS (SELECT 1 FROM " + schema
        + ".billing_line l WHERE l.account_id = a.id) ORDER BY a.id OFFSET ? LIMIT 1", n);
  }

  private static JsonPath order(String token, String accountNo) {
    return BILLING.as(token).body(Map.of("accountNo", accountNo, "gateway", "paysim",
            "returnUrl", It.BASE + "/index.xhtml"))
        .post("/modules/payments/online-orders").then().statusCode(201).extract().jsonPath();
  }

  /** What the customer's browser does on the gateway's page. */
  private static void payAtGateway(String payUrl) {
    given().redirects().follow(false).post(payUrl + "/pay").then().statusCode(303);
  }

  private static JsonPath awaitStatus(String token, String orderNo, String status) {
    JsonPath[] last = new JsonPath[1];
    Api.await(Duration.ofSeconds(30), "order " + orderNo + " " + status, () -> {
      last[0] = BILLING.as(token).get("/modules/payments/online-orders/" + orderNo).then().statusCode(200)
          .extract().jsonPath();
      return status.equals(last[0].getString("status"));
    });
    return last[0];
  }

  private static long count(String sql, Object... params) {
    return ((Number) Db.value(sql, params)).longValue();
  }

  private static Map<String, String> signed(String body, String nonce, long timestamp) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String signature = Base64.getEncoder().encodeToString(
          mac.doFinal((timestamp + "\n" + nonce + "\n" + body).getBytes(StandardCharsets.UTF_8)));
      return Map.of("X-Paysim-Timestamp", String.valueOf(timestamp), "X-Paysim-Nonce", nonce,
          "X-Paysim-Signature", signature);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response notify(String company, String body, Map<String, String> headers) {
    return given().baseUri(It.API).contentType("application/json").headers(headers).body(body)
        .post("/public/modules/" + company + "/payments/notify/paysim");
  }

  @Test
  void tenNotificationsOutOfOrderPostEachPaymentOnce() {
    long noncesBefore = count("SELECT count(*) FROM t_pon.sim_nonce WHERE side = 'client'");
    JsonPath first = order(noisy, account("t_pon", 1));
    JsonPath second = order(noisy, account("t_pon", 2));
    assertEquals("CREATED", first.getString("status"));
    assertTrue(first.getString("payUrl").contains("/api/public/modules/PON/paysim/checkout/"));
    // the gateway's page shows the amount the platform computed
    String page = given().get(first.getString("payUrl")).then().statusCode(200).extract().asString();
    assertTrue(page.contains(first.getString("amount")), page);

    payAtGateway(first.getString("payUrl"));
    payAtGateway(second.getString("payUrl"));
    JsonPath paid1 = awaitStatus(noisy, first.getString("orderNo"), "PAID");
    JsonPath paid2 = awaitStatus(noisy, second.getString("orderNo"), "PAID");
    // all twenty deliveries arrive (the simulator retries those answered 409 while the first was posting)
    Api.await(Duration.ofSeconds(40), "20 notifications delivered",
        () -> count("SELECT count(*) FROM t_pon.sim_nonce WHERE side = 'client'") >= noncesBefore + 20);
    for (JsonPath paid : new JsonPath[] {paid1, paid2}) {
      String transaction = (String) Db.value("SELECT transaction_id FROM t_pon.sim_order WHERE order_no = ?",
          paid.getString("orderNo"));
      assertEquals(1, count("SELECT count(*) FROM t_pon.pay_payment WHERE channel_ref = ?", transaction));
      JsonPath payment = BILLING.as(noisy).get("/modules/payments/payments/" + paid.getLong("paymentId"))
          .then().statusCode(200).extract().jsonPath();
      assertEquals("ONLINE", payment.getString("channel"));
      assertEquals("paysim", payment.getString("method"));
      assertEquals(0, new BigDecimal(paid.getString("amount")).compareTo(new BigDecimal(payment.getString("amount"))));
    }
    System.out.printf("[figure] 2 online payments, %d notifications delivered, %d payments posted%n",
        count("SELECT count(*) FROM t_pon.sim_nonce WHERE side = 'client'") - noncesBefore,
        count("SELECT count(*) FROM t_pon.pay_payment WHERE channel = 'ONLINE' AND id IN (?, ?)",
            paid1.getLong("paymentId"), paid2.getLong("paymentId")));
  }

  @Test
  void forgedStaleReplayedAndTamperedNotificationsPostNothing() {
    JsonPath order = order(silent, account("t_pol", 3));
    String orderNo = order.getString("orderNo");
    payAtGateway(order.getString("payUrl"));
    String transaction = (String) Db.value("SELECT transaction_id FROM t_pol.sim_order WHERE order_no = ?", orderNo);
    String amount = order.getString("amount");
    String body = "{\"orderNo\":\"" + orderNo + "\",\"transactionId\":\"" + transaction
        + "\",\"state\":\"PAID\",\"amount\":\"" + amount + "\",\"paidOn\":\"" + java.time.LocalDate.now(
        java.time.ZoneId.of("Asia/Shanghai")) + "\"}";
    long now = Instant.now().getEpochSecond();

    Map<String, String> forged = new java.util.HashMap<>(signed(body, nonce(), now));
    forged.put("X-Paysim-Signature", Base64.getEncoder().encodeToString(new byte[32]));
    notify("POL", body, forged).then().statusCode(401);
    notify("POL", body, signed(body, nonce(), now - 3600)).then().statusCode(401);
    String tampered = body.replace("\"amount\":\"" + amount + "\"", "\"amount\":\"0.01\"");
    notify("POL", tampered, signed(tampered, nonce(), now)).then().statusCode(422);
    notify("POL", body, Map.of()).then().statusCode(401);
    assertEquals(0, count("SELECT count(*) FROM t_pol.pay_payment WHERE channel_ref = ?", transaction));
    assertEquals("CREATED", BILLING.as(silent).get("/modules/payments/online-orders/" + orderNo).jsonPath()
        .getString("status"));

    // the genuine notification posts; the same message again (same nonce) is a replay
    Map<String, String> genuine = signed(body, nonce(), now);
    notify("POL", body, genuine).then().statusCode(200);
    notify("POL", body, genuine).then().statusCode(401);
    assertEquals(1, count("SELECT count(*) FROM t_pol.pay_payment WHERE channel_ref = ?", transaction));
    // a notification for another company's order, signed with the right key, finds no order
    notify("PON", body, signed(body, nonce(), now)).then().statusCode(422);
    assertEquals(0, count("SELECT count(*) FROM t_pon.pay_payment WHERE channel_ref = ?", transaction));
    // an unknown company or one without the module: 404
    notify("NOPE", body, signed(body, nonce(), now)).then().statusCode(404);
  }

  @Test
  void aPaymentWhoseNotificationsAreLostIsFoundByQueryingTheGateway() throws Exception {
    JsonPath order = order(silent, account("t_pol", 4));
    String orderNo = order.getString("orderNo");
    payAtGateway(order.getString("payUrl"));
    Thread.sleep(2000);
    assertEquals("CREATED", BILLING.as(silent).get("/modules/payments/online-orders/" + orderNo).jsonPath()
        .getString("status"), "every notification was lost");
    JsonPath queried = BILLING.as(silent).post("/modules/payments/online-orders/" + orderNo + "/query")
        .then().statusCode(200).extract().jsonPath();
    assertEquals("PAID", queried.getString("status"));
    BILLING.as(silent).post("/modules/payments/online-orders/" + orderNo + "/query").then().statusCode(200);
    assertEquals(1, count("SELECT count(*) FROM t_pol.pay_payment WHERE channel = 'ONLINE' AND note LIKE ?",
        "%" + orderNo));
  }

  @Test
  void onlineRefundsGoBackThroughTheGateway() {
    JsonPath order = order(silent, account("t_pol", 5));
    payAtGateway(order.getString("payUrl"));
    long paymentId = BILLING.as(silent).post("/modules/payments/online-orders/" + order.getString("orderNo") + "/query")
        .then().statusCode(200).extract().jsonPath().getLong("paymentId");
    BigDecimal amount = new BigDecimal(order.getString("amount"));
    // refunds are confirmed with the administrator's authenticator code
    io.heatcloud.it.support.Authenticator.confirm(BILLING, silent, "pol.admin");
    PAYMENTS.refund(silent, "online-over-" + paymentId, paymentId, amount.add(new BigDecimal("0.01")).toPlainString())
        .then().statusCode(422);
    JsonPath refund = PAYMENTS.refund(silent, "online-refund-" + paymentId, paymentId, "10.00")
        .then().statusCode(201).extract().jsonPath();
    assertTrue(refund.getString("channelRef").startsWith("PR"), refund.prettify());
    assertEquals(0, new BigDecimal("10.00").compareTo((BigDecimal) Db.value(
        "SELECT sum(amount) FROM t_pol.sim_refund WHERE order_no = ?", order.getString("orderNo"))));
    // the same request again: the first refund, nothing more at the gateway
    PAYMENTS.refund(silent, "online-refund-" + paymentId, paymentId, "10.00").then().statusCode(201);
    assertEquals(1, count("SELECT count(*) FROM t_pol.sim_refund WHERE order_no = ?", order.getString("orderNo")));

    // the gateway refunds but answers after the platform stopped waiting: nothing is posted; the same
    // request again finds the gateway's refund and posts it, once
    String hq = BILLING.token(Demo.HQ_ADMIN.username(), Demo.HQ_ADMIN.password());
    String refunds = "SELECT count(*) FROM t_pol.pay_payment WHERE original_id = ?";
    long posted = count(refunds, paymentId);
    try {
      simulator(hq, "clientTimeoutMs", "500");
      simulator(hq, "apiDelayMs", "1500");
      PAYMENTS.refund(silent, "online-late-" + paymentId, paymentId, "5.00").then().statusCode(502)
          .contentType("application/problem+json").body("detail", containsString("in time"));
      assertEquals(posted, count(refunds, paymentId), "a refund whose outcome is unknown is not posted");
      assertEquals(2, count("SELECT count(*) FROM t_pol.sim_refund WHERE order_no = ?", order.getString("orderNo")),
          "the gateway did refund");
    } finally {
      simulator(hq, "apiDelayMs", "0");
      simulator(hq, "clientTimeoutMs", "10000");
    }
    PAYMENTS.refund(silent, "online-late-" + paymentId, paymentId, "5.00").then().statusCode(201);
    assertEquals(posted + 1, count(refunds, paymentId));
    assertEquals(2, count("SELECT count(*) FROM t_pol.sim_refund WHERE order_no = ?", order.getString("orderNo")),
        "refunded once at the gateway");
  }

  /** Sets a setting of POL's gateway simulator. */
  private static void simulator(String hqToken, String key, String value) {
    BILLING.as(hqToken).contentType("text/plain").body(value)
        .put("/org/companies/POL/modules/paysim/settings/" + key).then().statusCode(204);
  }

  @Test
  void aGatewayDayIsReconciledEveryDifferenceResolvedAndTheDayClosed() {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    // A: paid at the gateway, never reached the platform; B: the gateway says another amount;
    // C: the platform has it, the gateway's statement does not; D: matched
    JsonPath[] orders = new JsonPath[4];
    for (int i = 0; i < 4; i++) {
      orders[i] = order(reconciling, account("t_por", 10 + i));
      payAtGateway(orders[i].getString("payUrl"));
      if (i > 0) {
        BILLING.as(reconciling).post("/modules/payments/online-orders/" + orders[i].getString("orderNo") + "/query")
            .then().statusCode(200);
      }
    }
    Db.update("UPDATE t_por.sim_order SET amount = amount + 1 WHERE order_no = ?", orders[1].getString("orderNo"));
    Db.update("UPDATE t_por.sim_order SET paid_on = paid_on - 1 WHERE order_no = ?", orders[2].getString("orderNo"));
    String txA = (String) Db.value("SELECT transaction_id FROM t_por.sim_order WHERE order_no = ?", orders[0].getString("orderNo"));

    JsonPath day = BILLING.as(reconciling).post("/modules/payments/reconciliations/online/paysim/" + today)
        .then().statusCode(200).extract().jsonPath();
    assertEquals("OPEN", day.getString("status"));
    assertEquals(1, day.getInt("matched"));
    assertEquals(3, day.getInt("unresolved"));
    assertEquals(List.of("MISSING_IN_PLATFORM", "AMOUNT_MISMATCH", "MISSING_IN_CHANNEL"),
        List.of(kind(day, txA), kind(day, orders[1]), kind(day, orders[2])));
    long id = day.getLong("id");
    BILLING.as(reconciling).post("/modules/payments/reconciliations/" + id + "/close").then().statusCode(422);

    long refundsBefore = count("SELECT count(*) FROM t_por.sim_refund");
    resolve(day, "MISSING_IN_PLATFORM", "POST", "通知丢失，按对账单补记").then().statusCode(200);
    assertEquals(1, count("SELECT count(*) FROM t_por.pay_payment WHERE channel_ref = ?", txA));
    resolve(day, "AMOUNT_MISMATCH", "REVERSE", "wrong action").then().statusCode(422);
    resolve(day, "AMOUNT_MISMATCH", "ACCEPT", "").then().statusCode(400);
    resolve(day, "AMOUNT_MISMATCH", "ACCEPT", "渠道多记 1 元，已联系渠道更正").then().statusCode(200);
    JsonPath last = resolve(day, "MISSING_IN_CHANNEL", "REVERSE", "渠道无此交易，冲正").then().statusCode(200)
        .extract().jsonPath();
    assertEquals(0, last.getInt("unresolved"));
    assertEquals(refundsBefore, count("SELECT count(*) FROM t_por.sim_refund"), "a reversal of money the channel never had "
        + "asks the gateway for nothing");
    assertEquals(1, count("SELECT count(*) FROM t_por.pay_payment WHERE kind = 'REVERSAL' AND original_id = "
        + "(SELECT payment_id FROM t_por.pay_order WHERE order_no = ?)", orders[2].getString("orderNo")));
    BILLING.as(reconciling).post("/modules/payments/reconciliations/" + id + "/close").then().statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("CLOSED"));
    BILLING.as(reconciling).post("/modules/payments/reconciliations/online/paysim/" + today).then().statusCode(409);
  }

  private static String kind(JsonPath day, JsonPath order) {
    return kind(day, (String) Db.value("SELECT COALESCE(p.channel_ref, s.transaction_id) FROM t_por.sim_order s "
        + "LEFT JOIN t_por.pay_order o ON o.order_no = s.order_no LEFT JOIN t_por.pay_payment p ON p.id = o.payment_id "
        + "WHERE s.order_no = ?", order.getString("orderNo")));
  }

  private static String kind(JsonPath day, String reference) {
    return day.getString("items.find { it.reference == '" + reference + "' }.kind");
  }

  private static Response resolve(JsonPath day, String kind, String action, String reason) {
    long item = day.getLong("items.find { it.kind == '" + kind + "' }.id");
    return BILLING.as(reconciling).body(Map.of("action", action, "reason", reason))
        .post("/modules/payments/reconciliations/items/" + item + "/resolution");
  }

  private static String nonce() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
