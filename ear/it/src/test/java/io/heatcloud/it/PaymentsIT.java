package io.heatcloud.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Authenticator;
import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.Payments;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payments where money could be lost or doubled: one key posts once under 50 concurrent requests;
 * a payment settles the account's bill and the rest becomes prepaid; refunds never exceed what was
 * paid; the ledger cannot be edited; bad requests get problems; one company reaches nothing of
 * another's payments. After every test, payments = allocations + prepaid balances = settlements.
 */
class PaymentsIT extends PlatformDeployment {

  private static final Billing BILLING = new Billing(It.API);
  private static final Payments PAYMENTS = new Payments(BILLING);
  private static String adminA;
  private static String cashierA;
  private static String adminB;

  private static String company(String code, String password) {
    return """
        kind: company
        code: %s
        parent: JDQY
        name: 收费测试%s热力公司
        modules: [payments, billing]
        settings:
          payments:
            autoApplyPrepaid: false
        demo:
          accounts: 300
          seed: 11
        users:
          - username: %s.admin
            displayName: %s 管理员
            role: COMPANY_ADMIN
            initialPassword: "%s"
          - username: %s.cashier
            displayName: %s 收费员
            role: COMPANY_OPERATOR
            initialPassword: "%s"
        """.formatted(code, code, code.toLowerCase(), code, password, code.toLowerCase(), code, password);
  }

  @BeforeAll
  static void companiesWithABilledSeason() throws Exception {
    Files.writeString(It.tenantsDir().resolve("companies/pya.yaml"), company("PYA", "Payments#Alpha2026"),
        StandardCharsets.UTF_8);
    Files.writeString(It.tenantsDir().resolve("companies/pyb.yaml"), company("PYB", "Payments#Beta2026"),
        StandardCharsets.UTF_8);
    Api.await(Duration.ofSeconds(90), "companies PYA and PYB",
        () -> BILLING.token("pya.admin", "Payments#Alpha2026") != null
            && BILLING.token("pyb.admin", "Payments#Beta2026") != null);
    adminA = BILLING.token("pya.admin", "Payments#Alpha2026");
    cashierA = BILLING.token("pya.cashier", "Payments#Alpha2026");
    adminB = BILLING.token("pyb.admin", "Payments#Beta2026");
    BILLING.awaitModule(adminA);
    BILLING.awaitModule(adminB);
    BILLING.completed(adminA, BILLING.start(adminA, BILLING.season(adminA)));
    BILLING.completed(adminB, BILLING.start(adminB, BILLING.season(adminB)));
    // refunds and reversals are confirmed with the administrators' authenticator codes
    Authenticator.confirm(BILLING, adminA, "pya.admin");
    Authenticator.confirm(BILLING, adminB, "pyb.admin");
  }

  @AfterEach
  void ledgersBalance() {
    Payments.assertBalanced("t_pya");
    Payments.assertBalanced("t_pyb");
  }

  /** The n-th billed account of a company, with what it owes. */
  private static String billedAccount(String schema, int n) {
    return (String) Db.value("SELECT a.account_no FROM " + schema + ".account a WHERE EXISTS (SELECT 1 FROM " + schema
        + ".billing_line l WHERE l.account_id = a.id) ORDER BY a.id OFFSET ? LIMIT 1", n);
  }

  private static BigDecimal owed(String token, String accountNo) {
    return new BigDecimal(BILLING.as(token).queryParam("accountNo", accountNo).get("/modules/billing/statements").then().statusCode(200)
        .extract().jsonPath().getString("balance"));
  }

  @Test
  void fiftyConcurrentPostsWithOneKeyMakeExactlyOnePayment() throws Exception {
    String account = billedAccount("t_pya", 1);
    String key = "counter-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> futures = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Callable<Response> post = () -> {
        start.await();
        return PAYMENTS.post(cashierA, key, account, "100.00", "CASH");
      };
      futures.add(pool.submit(post));
    }
    start.countDown();
    Set<Long> ids = new HashSet<>();
    int created = 0;
    int inFlight = 0;
    for (Future<Response> f : futures) {
      Response r = f.get();
      if (r.statusCode() == 201) {
        created++;
        ids.add(r.jsonPath().getLong("id"));
      } else {
        assertEquals(409, r.statusCode(), r.asString());
        assertEquals("application/problem+json", r.contentType().split(";")[0]);
        inFlight++;
      }
    }
    pool.shutdown();
    assertEquals(1, ids.size(), "every accepted request answers the same payment");
    assertEquals(50, created + inFlight);
    assertEquals(1L, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE account_no = ?", account)).longValue());

    // the same key and payment later: the first result again; with another amount: refused
    Response again = PAYMENTS.post(cashierA, key, account, "100.00", "CASH");
    assertEquals(201, again.statusCode());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(ids.iterator().next(), again.jsonPath().getLong("id"));
    PAYMENTS.post(cashierA, key, account, "100.01", "CASH").then().statusCode(422)
        .body("detail", containsString("different request"));
    assertEquals(1L, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE account_no = ?", account)).longValue());
    System.out.printf("[figure] 50 concurrent posts with one key: %d created (same payment), %d in flight (409)%n",
        created, inFlight);
  }

  @Test
  void twoHundredConcurrentPaymentsOfFiveAccountsAreEachPostedOnceAndExactly() throws Exception {
    // many cashiers at once, several paying into one account in the same moment: the postings share
    // transactions, and each still settles what the one before it left
    List<String> accounts = new ArrayList<>();
    Map<String, BigDecimal> owedBefore = new java.util.HashMap<>();
    Map<String, BigDecimal> prepaidBefore = new java.util.HashMap<>();
    for (int n = 40; n < 45; n++) {
      String account = billedAccount("t_pya", n);
      accounts.add(account);
      owedBefore.put(account, owed(adminA, account));
      prepaidBefore.put(account, prepaid(account));
    }
    String usedKey = "used-" + System.nanoTime();
    PAYMENTS.post(cashierA, usedKey, accounts.get(0), "10.00", "CASH").then().statusCode(201);
    ExecutorService pool = Executors.newFixedThreadPool(40);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> paid = new ArrayList<>();
    List<String> paidTo = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 200; i++) {
      String account = accounts.get(random.nextInt(accounts.size()));
      BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(40_000), 2);
      String key = "many-" + i + "-" + System.nanoTime();
      paidTo.add(account);
      amounts.add(amount);
      paid.add(pool.submit(() -> {
        start.await();
        return PAYMENTS.post(cashierA, key, account, amount.toPlainString(), "CASH");
      }));
    }
    // among them, requests that must be refused without disturbing the others
    List<Future<Response>> unknown = new ArrayList<>();
    List<Future<Response>> reused = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String key = "nobody-" + i + "-" + System.nanoTime();
      unknown.add(pool.submit(() -> {
        start.await();
        return PAYMENTS.post(cashierA, key, "PYA-NO-SUCH-ACCOUNT", "10.00", "CASH");
      }));
      reused.add(pool.submit(() -> {
        start.await();
        return PAYMENTS.post(cashierA, usedKey, accounts.get(0), "11.00", "CASH");
      }));
    }
    start.countDown();
    Set<String> receipts = new HashSet<>();
    Map<String, BigDecimal> paidPerAccount = new java.util.HashMap<>();
    for (int i = 0; i < paid.size(); i++) {
      Response r = paid.get(i).get();
      assertEquals(201, r.statusCode(), r.asString());
      assertEquals(paidTo.get(i), r.jsonPath().getString("accountNo"));
      assertEquals(0, amounts.get(i).compareTo(new BigDecimal(r.jsonPath().getString("amount"))));
      receipts.add(r.jsonPath().getString("receiptNo"));
      paidPerAccount.merge(paidTo.get(i), amounts.get(i), BigDecimal::add);
    }
    for (Future<Response> f : unknown) {
      f.get().then().statusCode(404).contentType("application/problem+json").body("detail", containsString("no such account"));
    }
    for (Future<Response> f : reused) {
      f.get().then().statusCode(422).body("detail", containsString("different request"));
    }
    pool.shutdown();
    assertEquals(200, receipts.size(), "every payment has its own receipt");
    // per account: what was paid settled the bill, the rest is prepaid, nothing lost or doubled
    paidPerAccount.merge(accounts.get(0), new BigDecimal("10.00"), BigDecimal::add);
    for (String account : accounts) {
      BigDecimal settled = owedBefore.get(account).subtract(owed(adminA, account));
      BigDecimal toPrepaid = prepaid(account).subtract(prepaidBefore.get(account));
      BigDecimal total = paidPerAccount.getOrDefault(account, BigDecimal.ZERO);
      assertEquals(0, total.compareTo(settled.add(toPrepaid)), account + ": paid " + total + " = settled " + settled
          + " + prepaid " + toPrepaid);
      assertTrue(owed(adminA, account).signum() == 0 || toPrepaid.signum() == 0,
          account + ": money went to prepaid while the bill was still open");
    }
    // every payment was audited, in its own transaction's commit
    assertEquals(201L, ((Number) Db.value("SELECT count(*) FROM platform.audit_entry e WHERE e.action = 'payments.post' "
        + "AND e.tenant = 'PYA' AND e.target IN (SELECT 'payment:' || p.id FROM t_pya.pay_payment p WHERE p.account_no "
        + "= ANY(?))", (Object) accounts.toArray(new String[0]))).longValue());
    System.out.printf("[figure] 200 concurrent payments to 5 accounts: 200 posted, 10 unknown accounts refused (404), "
        + "10 reused keys refused (422)%n");
  }

  private static BigDecimal prepaid(String accountNo) {
    return new BigDecimal(BILLING.as(adminA).get("/modules/payments/accounts/" + accountNo).then().statusCode(200)
        .extract().jsonPath().getString("prepaid"));
  }

  @Test
  void aPaymentSettlesTheBillAndTheRestBecomesPrepaid() {
    String account = billedAccount("t_pya", 2);
    BigDecimal owed = owed(adminA, account);
    assertTrue(owed.signum() > 0);
    BigDecimal amount = owed.add(new BigDecimal("123.45"));
    JsonPath paid = PAYMENTS.post(cashierA, "settle-" + System.nanoTime(), account, amount.toPlainString(), "CARD")
        .then().statusCode(201).extract().jsonPath();
    assertEquals("PAYMENT", paid.getString("kind"));
    assertTrue(paid.getString("receiptNo").matches("SJ\\d{4}\\d{8}"), paid.getString("receiptNo"));
    assertEquals(0, owed.compareTo(new BigDecimal(paid.getString("allocations[0].amount"))));
    assertEquals("PRINCIPAL", paid.getString("allocations[0].item"));
    assertEquals(0, new BigDecimal("123.45").compareTo(new BigDecimal(paid.getString("prepaid"))));

    // billing's statement shows the bill paid; the account shows the prepaid balance
    assertEquals(0, owed(adminA, account).signum());
    JsonPath history = BILLING.as(cashierA).get("/modules/payments/accounts/" + account).then().statusCode(200)
        .extract().jsonPath();
    assertEquals(0, new BigDecimal("123.45").compareTo(new BigDecimal(history.getString("prepaid"))));
    assertEquals(paid.getLong("id"), history.getLong("payments[0].id"));

    // a second payment on a settled account goes wholly to prepaid
    JsonPath more = PAYMENTS.post(cashierA, "more-" + System.nanoTime(), account, "50.00", "CASH")
        .then().statusCode(201).extract().jsonPath();
    assertEquals(0, more.getList("allocations").size());
    assertEquals(0, new BigDecimal("50.00").compareTo(new BigDecimal(more.getString("prepaid"))));

    // a later charge (a service fee, approved by a second person) is paid from the prepaid balance
    long accountId = ((Number) Db.value("SELECT id FROM t_pya.account WHERE account_no = ?", account)).longValue();
    long fee = BILLING.as(cashierA).body(Map.of("seasonId", BILLING.season(adminA), "accountId", accountId,
            "kind", "MANUAL", "amount", new BigDecimal("200.00"), "reason", "上门维修服务费"))
        .post("/modules/billing/adjustments").then().statusCode(201).extract().jsonPath().getLong("id");
    BILLING.as(adminA).post("/modules/billing/adjustments/" + fee + "/approve").then().statusCode(200);
    assertEquals(0, new BigDecimal("200.00").compareTo(owed(adminA, account)));
    JsonPath applied = BILLING.as(cashierA).header("Idempotency-Key", "apply-" + accountId)
        .post("/modules/payments/accounts/" + account + "/apply-prepaid").then().statusCode(201).extract().jsonPath();
    assertEquals("APPLY", applied.getString("kind"));
    assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(applied.getString("amount"))));
    assertEquals(0, new BigDecimal("-173.45").compareTo(new BigDecimal(applied.getString("prepaid"))));
    assertEquals(0, new BigDecimal("26.55").compareTo(owed(adminA, account)));
    BILLING.as(cashierA).header("Idempotency-Key", "apply-again-" + accountId)
        .post("/modules/payments/accounts/" + account + "/apply-prepaid").then().statusCode(422);

    // the sweep (every 30 minutes where autoApplyPrepaid is on; here on request) applies balances to
    // new charges by itself, once
    PAYMENTS.post(cashierA, "refill-" + System.nanoTime(), account, "100.00", "CASH").then().statusCode(201);
    assertEquals(0, BigDecimal.ZERO.compareTo(owed(adminA, account)));
    long second = BILLING.as(cashierA).body(Map.of("seasonId", BILLING.season(adminA), "accountId", accountId,
            "kind", "MANUAL", "amount", new BigDecimal("50.00"), "reason", "换表服务费"))
        .post("/modules/billing/adjustments").then().statusCode(201).extract().jsonPath().getLong("id");
    BILLING.as(adminA).post("/modules/billing/adjustments/" + second + "/approve").then().statusCode(200);
    assertEquals(0, new BigDecimal("50.00").compareTo(owed(adminA, account)));
    JsonPath swept = BILLING.as(cashierA).post("/modules/payments/prepaid/sweep").then().statusCode(200)
        .extract().jsonPath();
    assertTrue(swept.getLong("applied") >= 1, swept.prettify());
    assertEquals(0, BigDecimal.ZERO.compareTo(owed(adminA, account)));
    JsonPath after = BILLING.as(cashierA).get("/modules/payments/accounts/" + account).then().statusCode(200)
        .extract().jsonPath();
    assertEquals(0, new BigDecimal("23.45").compareTo(new BigDecimal(after.getString("prepaid"))));
    assertEquals("APPLY", after.getString("payments[0].kind"));
    assertEquals("pya.cashier", after.getString("payments[0].createdBy"));
    long entries = ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE account_no = ?", account)).longValue();
    BILLING.as(cashierA).post("/modules/payments/prepaid/sweep").then().statusCode(200);
    assertEquals(entries, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE account_no = ?", account))
        .longValue(), "a second sweep applies nothing more");
  }

  @Test
  void refundsNeverExceedWhatWasPaidAndGiveTheDebtBack() {
    String account = billedAccount("t_pya", 3);
    BigDecimal owed = owed(adminA, account);
    JsonPath paid = PAYMENTS.post(cashierA, "refundable-" + System.nanoTime(), account, "300.00", "TRANSFER")
        .then().statusCode(201).extract().jsonPath();
    long id = paid.getLong("id");
    BigDecimal afterPayment = owed(adminA, account);
    assertEquals(0, owed.subtract(new BigDecimal("300.00")).max(BigDecimal.ZERO).compareTo(afterPayment.max(BigDecimal.ZERO)));

    // a cashier may not refund; an administrator may, up to what was paid, once the request is confirmed
    // with an authenticator code: a token without one (a fresh login) is refused, and a wrong or reused
    // code confirms nothing
    PAYMENTS.refund(cashierA, "r0-" + id, id, "10.00").then().statusCode(403);
    // an administrator who activated an authenticator logs in with password and code
    io.restassured.RestAssured.given().baseUri(It.API).contentType("application/json")
        .body(Map.of("username", "pya.admin", "password", "Payments#Alpha2026")).post("/auth/token")
        .then().statusCode(401);
    String unconfirmed = BILLING.token("pya.admin", "Payments#Alpha2026");
    assertTrue(unconfirmed != null, "password and code log in");
    PAYMENTS.refund(unconfirmed, "r0b-" + id, id, "10.00").then().statusCode(403)
        .contentType("application/problem+json").body("type", containsString("second-factor-required"));
    BILLING.as(unconfirmed).body(Map.of("code", Authenticator.wrongCode("pya.admin"))).post("/auth/second-factor")
        .then().statusCode(400).contentType("application/problem+json");
    BILLING.as(unconfirmed).body(Map.of("code", Authenticator.lastCode("pya.admin"))).post("/auth/second-factor")
        .then().statusCode(400);
    PAYMENTS.refund(unconfirmed, "r0c-" + id, id, "10.00").then().statusCode(403);
    assertEquals(0L, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE original_id = ?", id)).longValue());
    PAYMENTS.refund(adminA, "r1-" + id, id, "300.01").then().statusCode(422).body("detail", containsString("300.00"));
    JsonPath refund = PAYMENTS.refund(adminA, "r2-" + id, id, "120.00").then().statusCode(201).extract().jsonPath();
    assertEquals("REFUND", refund.getString("kind"));
    assertEquals(id, refund.getLong("originalId"));
    assertEquals(0, new BigDecimal("-120.00").compareTo(new BigDecimal(refund.getString("amount"))));
    PAYMENTS.refund(adminA, "r3-" + id, id, "180.01").then().statusCode(422);
    assertEquals(0, afterPayment.add(new BigDecimal("120.00")).compareTo(owed(adminA, account)),
        "the refunded part is owed again");

    // a reversal takes back what remains; nothing is left to refund after it
    JsonPath reversal = BILLING.as(adminA).header("Idempotency-Key", "rev-" + id).body(Map.of("reason", "转账退票"))
        .post("/modules/payments/payments/" + id + "/reversal").then().statusCode(201).extract().jsonPath();
    assertEquals(0, new BigDecimal("-180.00").compareTo(new BigDecimal(reversal.getString("amount"))));
    PAYMENTS.refund(adminA, "r4-" + id, id, "0.01").then().statusCode(422);
    assertEquals(0, owed.compareTo(owed(adminA, account)), "after the reversal the account owes what it owed");
    JsonPath original = BILLING.as(adminA).get("/modules/payments/payments/" + id).then().statusCode(200)
        .extract().jsonPath();
    assertEquals(0, new BigDecimal("300.00").compareTo(new BigDecimal(original.getString("refunded"))));
  }

  /** The n-th billed account of a company whose premises are all of one usage category. */
  private static String billedAccountOf(String schema, String category, int n) {
    return (String) Db.value("SELECT a.account_no FROM " + schema + ".account a WHERE EXISTS (SELECT 1 FROM " + schema
        + ".billing_line l WHERE l.account_id = a.id) AND NOT EXISTS (SELECT 1 FROM " + schema + ".room r JOIN " + schema
        + ".usage_type u ON u.code = r.usage_type WHERE r.account_id = a.id AND (u.category = 'NON_RESIDENTIAL') <> ?) "
        + "ORDER BY a.id DESC OFFSET ? LIMIT 1", "NON_RESIDENTIAL".equals(category), n);
  }

  @Test
  void invoicesCoverWhatWasPaidLessWhatWasGivenBack() {
    // a residential account: heating exempt from VAT, the invoice made out to the holder
    String home = billedAccountOf("t_pya", "RESIDENTIAL", 0);
    long paid = PAYMENTS.post(cashierA, "inv-home-" + System.nanoTime(), home, "250.00", "CASH")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    JsonPath blue = BILLING.as(cashierA).body(Map.of()).post("/modules/payments/payments/" + paid + "/invoice")
        .then().statusCode(201).extract().jsonPath();
    String number = blue.getString("invoiceNo");
    assertTrue(number.matches("\\d{2}370\\d{15}"), number);
    assertEquals("BLUE", blue.getString("colour"));
    assertEquals(Db.value("SELECT c.name FROM t_pya.account a JOIN t_pya.customer c ON c.id = a.customer_id "
        + "WHERE a.account_no = ?", home), blue.getString("buyerName"));
    assertEquals(0, new BigDecimal("250.00").compareTo(new BigDecimal(blue.getString("amount"))));
    assertEquals(0, new BigDecimal("250.00").compareTo(new BigDecimal(blue.getString("netAmount"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(blue.getString("taxAmount"))));
    // asking again answers the same invoice; another buyer is refused; a bad tax id is a problem
    BILLING.as(cashierA).body(Map.of()).post("/modules/payments/payments/" + paid + "/invoice")
        .then().statusCode(200).body("invoiceNo", equalTo(number));
    BILLING.as(cashierA).body(Map.of("buyerName", "另一家单位")).post("/modules/payments/payments/" + paid + "/invoice")
        .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(number));
    long other = PAYMENTS.post(cashierA, "inv-home2-" + System.nanoTime(), home, "5.00", "CASH")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    BILLING.as(cashierA).body(Map.of("buyerName", "某单位", "buyerTaxId", "12-34"))
        .post("/modules/payments/payments/" + other + "/invoice").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("税号"));
    assertEquals(0L, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_invoice WHERE payment_id = ?", other)).longValue());
    byte[] pdf = BILLING.as(cashierA).get("/modules/payments/invoices/" + number + ".pdf").then().statusCode(200)
        .contentType("application/pdf").extract().asByteArray();
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

    // a refund of an invoiced payment gets its red invoice: invoiced = paid - given back
    PAYMENTS.refund(adminA, "inv-r-" + paid, paid, "40.00").then().statusCode(201);
    List<Map<String, Object>> invoices = BILLING.as(adminA).get("/modules/payments/payments/" + paid + "/invoices")
        .then().statusCode(200).extract().jsonPath().getList("$");
    assertEquals(2, invoices.size());
    assertEquals("RED", invoices.get(1).get("colour"));
    assertEquals(number, invoices.get(1).get("originalInvoiceNo"));
    assertEquals(0, new BigDecimal("-40.00").compareTo(new BigDecimal(String.valueOf(invoices.get(1).get("amount")))));
    assertEquals(0, new BigDecimal("210.00").compareTo((BigDecimal) Db.value("SELECT sum(i.amount) FROM t_pya.pay_invoice i "
        + "WHERE i.payment_id = ? OR i.original_invoice_id = (SELECT id FROM t_pya.pay_invoice WHERE payment_id = ?)",
        paid, paid)));
    assertThrows(RuntimeException.class, () -> Db.update("UPDATE t_pya.pay_invoice SET amount = 1 WHERE invoice_no = ?",
        number));

    // a payment refunded in part before it is invoiced is invoiced for what remains; a non-residential
    // account pays 9 % VAT included in the price
    String shop = billedAccountOf("t_pya", "NON_RESIDENTIAL", 0);
    long shopPaid = PAYMENTS.post(cashierA, "inv-shop-" + System.nanoTime(), shop, "120.00", "TRANSFER")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    PAYMENTS.refund(adminA, "inv-shop-r-" + shopPaid, shopPaid, "11.00").then().statusCode(201);
    JsonPath shopInvoice = BILLING.as(cashierA).body(Map.of("buyerName", "某商贸有限公司", "buyerTaxId",
        "91370100MA3C5XXX1Q")).post("/modules/payments/payments/" + shopPaid + "/invoice").then().statusCode(201)
        .extract().jsonPath();
    assertEquals(0, new BigDecimal("109.00").compareTo(new BigDecimal(shopInvoice.getString("amount"))));
    assertEquals(0, new BigDecimal("0.09").compareTo(new BigDecimal(shopInvoice.getString("taxRate"))));
    assertEquals(0, new BigDecimal("100.00").compareTo(new BigDecimal(shopInvoice.getString("netAmount"))));
    assertEquals(0, new BigDecimal("9.00").compareTo(new BigDecimal(shopInvoice.getString("taxAmount"))));
    assertEquals("91370100MA3C5XXX1Q", shopInvoice.getString("buyerTaxId"));

    // company B cannot read A's invoices
    BILLING.as(adminB).get("/modules/payments/invoices/" + number + ".pdf").then().statusCode(404);
  }

  @Test
  void theLedgerCannotBeEdited() {
    String account = billedAccount("t_pya", 4);
    long id = PAYMENTS.post(cashierA, "immutable-" + System.nanoTime(), account, "10.00", "CASH")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    assertThrows(RuntimeException.class, () -> Db.update("UPDATE t_pya.pay_payment SET amount = 1 WHERE id = ?", id));
    assertThrows(RuntimeException.class, () -> Db.update("DELETE FROM t_pya.pay_allocation WHERE payment_id = ?", id));
    assertThrows(RuntimeException.class, () -> Db.update("DELETE FROM t_pya.billing_settlement WHERE reference = ?",
        "PAY-" + id));
    assertEquals(0, new BigDecimal("10.00").compareTo(
        (BigDecimal) Db.value("SELECT amount FROM t_pya.pay_payment WHERE id = ?", id)));
  }

  @Test
  void badRequestsGetProblemsAndChangeNothing() {
    String account = billedAccount("t_pya", 5);
    long before = ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment")).longValue();
    BILLING.as(cashierA).body(Map.of("accountNo", account, "amount", new BigDecimal("10.00"), "channel", "COUNTER",
        "method", "CASH")).post("/modules/payments/payments").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("Idempotency-Key"));
    PAYMENTS.post(cashierA, "bad-1", account, "-5.00", "CASH").then().statusCode(400);
    PAYMENTS.post(cashierA, "bad-2", account, "1.005", "CASH").then().statusCode(400);
    PAYMENTS.post(cashierA, "bad-3", account, "10.00", "BITCOIN").then().statusCode(400)
        .body("detail", containsString("BITCOIN"));
    PAYMENTS.post(cashierA, "bad-4", "NO-SUCH-ACCOUNT", "10.00", "CASH").then().statusCode(404);
    BILLING.as(cashierA).header("Idempotency-Key", "bad-5").body(Map.of("accountNo", account,
        "amount", new BigDecimal("10.00"), "channel", "ONLINE", "method", "paysim"))
        .post("/modules/payments/payments").then().statusCode(422);
    assertEquals(before, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment")).longValue());
    // a failed request does not burn its key: corrected, it posts
    PAYMENTS.post(cashierA, "bad-1", account, "5.00", "CASH").then().statusCode(201);
  }

  @Test
  void aBankFileImportsOnceReportsRejectedLinesAndTheBankDayReconciles() {
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    String a1 = billedAccount("t_pya", 20);
    String a2 = billedAccount("t_pya", 21);
    String a3 = billedAccount("t_pya", 22);
    String holder = (String) Db.value("SELECT c.name FROM t_pya.account a JOIN t_pya.customer c ON c.id = a.customer_id "
        + "WHERE a.account_no = ?", a1);
    String file = "交易日期,银行流水号,户号,金额,户名\n"
        + today.replace("-", "") + ",ICBC0001," + a1 + ",1000.00," + holder + "\n"
        + today + ",ICBC0002," + a2 + ",500.50,\n"
        + today + ",ICBC0003," + a3 + ",300.00,\n"
        + today + ",ICBC0004,NO-SUCH-ACCOUNT,10.00,\n"
        + today + ",ICBC0005," + a2 + ",12.345,\n"
        + today + ",ICBC0006," + a3 + ",20.00,不是户主\n"
        + today + ",ICBC0002," + a2 + ",500.50,\n"
        + today + ",ICBC0003," + a3 + ",333.00,\n";
    byte[] gbk = file.getBytes(java.nio.charset.Charset.forName("GBK"));
    JsonPath report = BILLING.as(cashierA).contentType("text/csv").body(gbk).queryParam("bank", "ICBC")
        .queryParam("fileName", "icbc.csv").post("/modules/payments/bank-files").then().statusCode(200).extract().jsonPath();
    assertEquals(8, report.getInt("lines"));
    assertEquals(3, report.getInt("posted"));
    // a line repeated in the file is posted once; repeated with another amount it is refused
    assertEquals(1, report.getInt("alreadyPosted"));
    assertEquals(0, new BigDecimal("1800.50").compareTo(new BigDecimal(report.getString("postedAmount"))));
    assertEquals(List.of(5, 6, 7, 9), report.getList("rejected.line"));
    assertTrue(report.getString("rejected[0].reason").contains("no such account"), report.prettify());
    assertTrue(report.getString("rejected[1].reason").contains("2 decimals"), report.prettify());
    assertTrue(report.getString("rejected[2].reason").contains("holder"), report.prettify());
    assertTrue(report.getString("rejected[3].reason").contains("different request"), report.prettify());
    JsonPath again = BILLING.as(cashierA).contentType("text/csv").body(gbk).queryParam("bank", "ICBC")
        .queryParam("fileName", "icbc.csv").post("/modules/payments/bank-files").then().statusCode(200).extract().jsonPath();
    assertEquals(0, again.getInt("posted"));
    assertEquals(4, again.getInt("alreadyPosted"));
    assertEquals(3L, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE channel = 'BANK' AND method = 'ICBC' "
        + "AND channel_ref LIKE 'ICBC000%'")).longValue());

    // the bank's statement: ICBC0001 as posted, ICBC0002 with another amount, ICBC0003 missing, ICBC0009 unknown here
    String statement = "date,bankRef,accountNo,amount\n" + today + ",ICBC0001," + a1 + ",1000.00\n"
        + today + ",ICBC0002," + a2 + ",505.50\n" + today + ",ICBC0009," + a3 + ",88.00\n";
    JsonPath day = BILLING.as(adminA).contentType("text/csv").body(statement.getBytes(StandardCharsets.UTF_8))
        .post("/modules/payments/reconciliations/bank/ICBC/" + today).then().statusCode(200).extract().jsonPath();
    assertEquals(1, day.getInt("matched"));
    assertEquals(3, day.getInt("unresolved"));
    BILLING.as(cashierA).body(Map.of("action", "ACCEPT", "reason", "x"))
        .post("/modules/payments/reconciliations/items/" + day.getLong("items[0].id") + "/resolution").then().statusCode(403);
    for (String kind : List.of("MISSING_IN_PLATFORM:POST", "AMOUNT_MISMATCH:ACCEPT", "MISSING_IN_CHANNEL:REVERSE")) {
      String[] k = kind.split(":");
      long item = day.getLong("items.find { it.kind == '" + k[0] + "' }.id");
      BILLING.as(adminA).body(Map.of("action", k[1], "reason", "银行对账处理 " + k[0]))
          .post("/modules/payments/reconciliations/items/" + item + "/resolution").then().statusCode(200);
    }
    assertEquals(1L, ((Number) Db.value("SELECT count(*) FROM t_pya.pay_payment WHERE channel_ref = 'ICBC0009'")).longValue());
    BILLING.as(adminA).post("/modules/payments/reconciliations/" + day.getLong("id") + "/close").then().statusCode(200)
        .body("status", equalTo("CLOSED"));

    // the income report: the bank's receipts and the reversal, apart per channel
    JsonPath income = BILLING.as(adminA).queryParam("from", today).queryParam("to", today)
        .get("/modules/payments/income").then().statusCode(200).extract().jsonPath();
    assertEquals(4, income.getInt("find { it.channel == 'BANK' && it.source == 'ICBC' }.receipts"));
    assertEquals(1, income.getInt("find { it.channel == 'BANK' && it.source == 'ICBC' }.returns"));
    byte[] xlsx = BILLING.as(adminA).queryParam("from", today).queryParam("to", today)
        .get("/modules/payments/income.xlsx").then().statusCode(200).extract().asByteArray();
    assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K');
  }

  @Test
  void headquartersAndTheRegionSeeTheCollectionRateSideBySide() {
    PAYMENTS.post(cashierA, "collection-" + System.nanoTime(), billedAccount("t_pya", 30), "1000.00", "CASH")
        .then().statusCode(201);
    // amounts read as exact decimals (the default JSON reader would make them floats)
    JsonPath hq = BILLING.as(Api.token("hq.admin", "Qilu#Group2026")).get("/org/collection").then().statusCode(200)
        .extract().jsonPath();
    BigDecimal receivable = new BigDecimal(hq.getString("find { it.companyCode == 'PYA' }.receivable"));
    BigDecimal received = new BigDecimal(hq.getString("find { it.companyCode == 'PYA' }.received"));
    BigDecimal billed = (BigDecimal) Db.value("SELECT sum(amount) FROM t_pya.billing_line");
    BigDecimal settled = (BigDecimal) Db.value("SELECT sum(amount) FROM t_pya.billing_settlement WHERE item = 'PRINCIPAL'");
    assertEquals(0, billed.compareTo(receivable));
    assertEquals(0, settled.compareTo(received));
    assertEquals(0, received.multiply(new BigDecimal("100")).divide(receivable, 2, java.math.RoundingMode.HALF_UP)
        .compareTo(new BigDecimal(hq.getString("find { it.companyCode == 'PYA' }.rate"))));
    assertTrue(hq.getList("companyCode").containsAll(List.of("YTRL", "LYRL", "PYA", "PYB")), hq.prettify());
    // any season by its code: the seasons there are, a chosen one, one a company does not bill
    String hqToken = Api.token("hq.admin", "Qilu#Group2026");
    String season = (String) Db.value("SELECT code FROM t_pya.billing_season ORDER BY starts_on DESC LIMIT 1");
    assertTrue(BILLING.as(hqToken).get("/org/collection/seasons").then().statusCode(200).extract().jsonPath()
        .getList("$").contains(season));
    JsonPath chosen = BILLING.as(hqToken).queryParam("season", season).get("/org/collection").then().statusCode(200)
        .extract().jsonPath();
    assertEquals(season, chosen.getString("find { it.companyCode == 'PYA' }.seasonCode"));
    assertEquals(0, receivable.compareTo(new BigDecimal(chosen.getString("find { it.companyCode == 'PYA' }.receivable"))));
    JsonPath none = BILLING.as(hqToken).queryParam("season", "1999-2000").get("/org/collection").then().statusCode(200)
        .extract().jsonPath();
    assertEquals(null, none.getString("find { it.companyCode == 'PYA' }.seasonCode"));
    assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(none.getString("find { it.companyCode == 'PYA' }.receivable"))));
    // the 胶东 region sees its companies only; 鲁南 none of them; a company user nothing
    List<String> jd = Api.as(io.heatcloud.it.support.Demo.JD_ADMIN).get("/org/collection").then().statusCode(200)
        .extract().jsonPath().getList("companyCode");
    assertTrue(jd.contains("PYA") && jd.contains("YTRL") && !jd.contains("LYRL"), jd.toString());
    List<String> ln = Api.as(io.heatcloud.it.support.Demo.LN_ADMIN).get("/org/collection").then().statusCode(200)
        .extract().jsonPath().getList("companyCode");
    assertTrue(ln.contains("LYRL") && !ln.contains("PYA") && !ln.contains("YTRL"), ln.toString());
    BILLING.as(adminA).get("/org/collection").then().statusCode(403);
    byte[] xlsx = Api.as(io.heatcloud.it.support.Demo.HQ_ADMIN).get("/org/collection/export").then().statusCode(200)
        .extract().asByteArray();
    assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K');
  }

  @Test
  void oneCompanyReachesNothingOfAnothersPayments() {
    String accountA = billedAccount("t_pya", 6);
    long id = PAYMENTS.post(cashierA, "isolation-" + System.nanoTime(), accountA, "20.00", "CASH")
        .then().statusCode(201).extract().jsonPath().getLong("id");
    // B's administrator with A's real ids and numbers
    BILLING.as(adminB).get("/modules/payments/payments/" + id).then().statusCode(404);
    BILLING.as(adminB).get("/modules/payments/accounts/" + accountA).then().statusCode(404);
    PAYMENTS.refund(adminB, "iso-" + id, id, "1.00").then().statusCode(404);
    PAYMENTS.post(adminB, "iso-post-" + id, accountA, "1.00", "CASH").then().statusCode(404);
    assertEquals(0L, ((Number) Db.value("SELECT count(*) FROM t_pyb.pay_payment WHERE account_no = ?", accountA)).longValue());
    BILLING.as(adminA).get("/modules/payments/payments/" + id).then().statusCode(200).body("accountNo", equalTo(accountA));
  }
}
