package io.heatcloud.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.Browser;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.Payments;
import io.heatcloud.it.support.PlatformDeployment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A customer registers on the portal with the code sent to the phone on file, logs in, pays the
 * bill through the gateway simulator's page, comes back and sees it paid, downloads the receipt;
 * the customer reaches nothing of another account; the company's operator then sees the payment
 * and the day's reconciliation, balanced.
 */
class PortalBrowserIT extends PlatformDeployment {

  private static final Billing BILLING = new Billing(It.API);

  @Test
  void aCustomerPaysABillOnThePortalAndTheOperatorSeesItReconciled() throws Exception {
    Files.writeString(It.tenantsDir().resolve("companies/ptl.yaml"), """
        kind: company
        code: PTL
        parent: JDQY
        name: 门户测试热力公司
        modules: [billing, payments, paysim]
        demo:
          accounts: 40
          seed: 17
        users:
          - username: ptl.admin
            displayName: 门户测试管理员
            role: COMPANY_ADMIN
            initialPassword: "Portal#Admin2026"
        """, StandardCharsets.UTF_8);
    Api.await(Duration.ofSeconds(90), "company PTL", () -> BILLING.token("ptl.admin", "Portal#Admin2026") != null);
    String admin = BILLING.token("ptl.admin", "Portal#Admin2026");
    BILLING.awaitModule(admin);
    BILLING.completed(admin, BILLING.start(admin, BILLING.season(admin)));
    List<Object> billed = Db.column("SELECT a.account_no FROM t_ptl.account a WHERE EXISTS (SELECT 1 FROM t_ptl.billing_line l "
        + "WHERE l.account_id = a.id) ORDER BY a.id LIMIT 2");
    String accountNo = (String) billed.get(0);
    String otherAccount = (String) billed.get(1);
    String phone = (String) Db.value("SELECT c.phone FROM t_ptl.account a JOIN t_ptl.customer c ON c.id = a.customer_id "
        + "WHERE a.account_no = ?", accountNo);
    long otherId = ((Number) Db.value("SELECT id FROM t_ptl.account WHERE account_no = ?", otherAccount)).longValue();

    try (Browser browser = new Browser()) {
      // registration with the code sent to the phone on file (the demo sender writes it to the log)
      browser.open("/portal/register.xhtml");
      browser.choose("register:company", "门户测试热力公司");
      browser.type(By.id("register:accountNo"), accountNo);
      browser.type(By.id("register:phone"), phone);
      browser.click(By.id("register:sendCode"));
      browser.visible(By.id("register:code"));
      String code = codeFromLog(phone);
      browser.type(By.id("register:code"), code);
      browser.type(By.id("register:password"), "Heat#Home2026");
      browser.click(By.id("register:submit"));
      browser.visible(By.id("registered"));
      browser.screenshot("portal-0-registered");

      // login, the bill
      browser.choose("login:company", "门户测试热力公司");
      browser.type(By.id("login:phone"), phone);
      browser.type(By.id("login:password"), "Heat#Home2026");
      browser.click(By.id("login:submit"));
      browser.visible(By.id("owed"));
      BigDecimal owed = new BigDecimal(browser.visible(By.id("owed")).getText().replace(",", ""));
      assertTrue(owed.signum() > 0, "the bill is owed");
      browser.screenshot("portal-1-bill");
      assertEquals(owed, new BigDecimal(browser.visible(By.cssSelector(".bill-balance")).getText().replace(",", "")));

      // pay through the simulator's page, come back, see it paid
      browser.click(By.id("portalForm:payOnline"));
      browser.visible(By.id("pay"));
      assertTrue(browser.driver().getCurrentUrl().contains("/paysim/checkout/"), browser.driver().getCurrentUrl());
      assertEquals("¥" + owed.toPlainString(), browser.visible(By.id("amount")).getText());
      browser.screenshot("portal-2-gateway");
      browser.driver().findElement(By.id("pay")).click();
      browser.waitForText(By.id("order-status"), "缴费成功");
      String receiptNo = browser.visible(By.id("receipt-no")).getText();
      browser.screenshot("portal-3-paid");
      browser.driver().findElement(By.id("returnForm:home")).click();
      browser.waitForText(By.id("owed"), "0.00");
      browser.waitForText(By.id("portalForm:history"), receiptNo);
      browser.screenshot("portal-4-history");

      // the next season is open for suspension applications until its deadline: apply once
      BILLING.as(admin).body(java.util.Map.of("code", "2027-2028", "name", "2027-2028 采暖季", "startsOn", "2027-11-15",
              "endsOn", "2028-03-15", "paymentDueOn", "2027-12-31", "suspensionApplyBy", "2027-10-15"))
          .post("/modules/billing/seasons").then().statusCode(201);
      browser.open("/portal/index.xhtml");
      browser.type(By.id("portalForm:suspensionReason"), "房屋空置");
      browser.click(By.id("portalForm:applySuspension"));
      browser.waitForText(By.cssSelector(".application-status"), "已申请");
      browser.click(By.id("portalForm:applySuspension"));
      browser.waitForText(By.id("portalForm:messages"), "already has a suspension");
      assertEquals(1L, ((Number) Db.value("SELECT count(*) FROM t_ptl.billing_suspension s JOIN t_ptl.account a "
          + "ON a.id = s.account_id WHERE a.account_no = ? AND s.status = 'APPLIED'", accountNo)).longValue());
      browser.screenshot("portal-4b-suspension");
      String receiptUrl = browser.driver().findElement(By.cssSelector(".receipt-link")).getAttribute("href");
      assertEquals(200, fetch(browser, receiptUrl).status());
      assertTrue(fetch(browser, receiptUrl).body().startsWith("%PDF-"));

      // the customer asks for the payment's electronic invoice and downloads it
      browser.click(By.cssSelector(".invoice-request"));
      browser.waitForText(By.id("portalForm:messages"), "电子发票");
      String invoiceUrl = browser.visible(By.cssSelector(".invoice-link")).getAttribute("href");
      assertTrue(fetch(browser, invoiceUrl).body().startsWith("%PDF-"));
      browser.screenshot("portal-4c-invoice");

      // nothing of another account: its receipts, its invoices, its bills
      long payment = ((Number) Db.value("SELECT id FROM t_ptl.pay_payment WHERE receipt_no = ?", receiptNo)).longValue();
      assertEquals(1L, ((Number) Db.value("SELECT count(*) FROM t_ptl.pay_invoice WHERE payment_id = ? AND colour = 'BLUE'",
          payment)).longValue());
      assertEquals(404, fetch(browser, It.BASE + "/portal/receipt?account=" + otherId + "&payment=" + payment).status());
      assertEquals(404, fetch(browser, It.BASE + "/portal/invoice?account=" + otherId + "&payment=" + payment).status());
      browser.open("/portal/index.xhtml?account=" + otherId);
      assertFalse(browser.visible(By.id("portalForm")).getText().contains(otherAccount));
      // the portal session opens no staff page
      browser.open("/company/accounts.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
      browser.open("/portal/index.xhtml");
      browser.click(By.id("portalTop:logout"));
      browser.visible(By.id("bye"));
    }
    Payments.assertBalanced("t_ptl");

    try (Browser browser = new Browser()) {
      // the operator: the payment among the day's, the day reconciled and closed
      browser.login("ptl.admin", "Portal#Admin2026");
      browser.open("/modules/payments/payments.xhtml");
      browser.waitForText(By.id("paymentsForm:rows"), accountNo);
      assertTrue(browser.visible(By.id("paymentsForm:rows")).getText().contains("ONLINE") ||
          browser.visible(By.id("paymentsForm:rows")).getText().contains("线上支付"));
      browser.screenshot("portal-5-operator-payments");
      browser.open("/modules/payments/reconciliation.xhtml");
      browser.click(By.id("reconForm:run"));
      browser.visible(By.cssSelector(".recon-current"));
      assertEquals("1", browser.visible(By.cssSelector(".recon-matched")).getText());
      assertEquals("0", browser.visible(By.cssSelector(".recon-unresolved")).getText());
      browser.click(By.id("reconForm:close"));
      browser.waitForText(By.cssSelector(".recon-status"), "已关账");
      browser.screenshot("portal-6-reconciled");
      // a bank's statement with a collection the platform has not posted: one difference to resolve
      Path statement = Files.createTempFile("icbc-statement", ".csv");
      Files.writeString(statement, "date,bankRef,accountNo,amount\n"
          + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + ",PTLBANK0001," + accountNo + ",50.00\n");
      browser.type(By.id("bankForm:bank"), "ICBC");
      browser.driver().findElement(By.id("bankForm:statement")).sendKeys(statement.toAbsolutePath().toString());
      browser.driver().findElement(By.id("bankForm:runBank")).click();
      browser.waitForText(By.cssSelector(".recon-current"), "BANK · ICBC");
      assertEquals("1", browser.visible(By.cssSelector(".recon-unresolved")).getText());
      browser.screenshot("portal-7-bank-reconciliation");
      // the counter: a cash payment, its receipt, its electronic invoice made out to the buyer entered
      browser.open("/modules/payments/counter.xhtml");
      browser.type(By.id("counterForm:accountNo"), accountNo);
      browser.click(By.id("counterForm:find"));
      browser.visible(By.cssSelector(".counter-account"));
      browser.type(By.id("counterForm:amount_input"), "88");
      browser.click(By.id("counterForm:collect"));
      String counterReceipt = browser.visible(By.cssSelector(".receipt-no")).getText();
      browser.type(By.id("counterForm:buyerName"), "张三");
      browser.click(By.id("counterForm:issueInvoice"));
      String counterInvoice = browser.visible(By.cssSelector(".invoice-no")).getText();
      assertEquals("张三", Db.value("SELECT i.buyer_name FROM t_ptl.pay_invoice i JOIN t_ptl.pay_payment p "
          + "ON p.id = i.payment_id WHERE i.invoice_no = ? AND p.receipt_no = ?", counterInvoice, counterReceipt));
      browser.screenshot("portal-8-counter-invoice");
      // the staff session does not open the portal
      browser.open("/portal/index.xhtml");
      assertTrue(browser.driver().getCurrentUrl().contains("/portal/login.xhtml"), browser.driver().getCurrentUrl());
    }
  }

  /** The latest code the demo sender wrote to the server log for a phone. */
  private static String codeFromLog(String phone) throws Exception {
    Path log = Path.of(It.property("heatcloud.it.server.log"));
    String masked = phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    Pattern pattern = Pattern.compile("\\[portal SMS to " + Pattern.quote(masked) + "\\] .*?(\\d{6})");
    String[] found = new String[1];
    Api.await(Duration.ofSeconds(10), "the code in the log", () -> {
      try {
        Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
          found[0] = m.group(1);
        }
        return found[0] != null;
      } catch (Exception e) {
        return false;
      }
    });
    return found[0];
  }

  private record Fetched(int status, String body) {}

  /** Fetches a URL with the browser's cookies. */
  private static Fetched fetch(Browser browser, String url) {
    var request = io.restassured.RestAssured.given().redirects().follow(false);
    for (var cookie : browser.driver().manage().getCookies()) {
      request.cookie(cookie.getName(), cookie.getValue());
    }
    var response = request.get(url);
    return new Fetched(response.statusCode(), response.asString());
  }
}
