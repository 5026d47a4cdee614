package io.heatcloud.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Browser;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.PlatformDeployment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A company's staff member (the Zaozhuang company administrator) imports three households from a
 * CSV file, starts a billing run, watches its progress bar reach 100% and opens the statement of an
 * imported household: 80 m² × 22.00 = 1 760.00 yuan.
 */
class BillingBrowserIT extends PlatformDeployment {

  private static String residentId(String first17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  @Test
  void staffImportAFileRunBillingAndOpenAStatement() throws Exception {
    Path csv = Files.createTempFile("households", ".csv");
    Files.writeString(csv, String.join("\n",
        "小区编码,小区名称,楼号,单元,房号,建筑面积,供热面积,用热性质,计费方式,热表编号,户主,证件类型,证件号码,电话",
        "XQ01,,88,1,101,86.00,80.00,居民,面积,,周新民,身份证," + residentId("37040219800101001") + ",13800138001",
        "XQ01,,88,1,102,95.00,90.00,低保居民,面积,,吴秀英,身份证," + residentId("37040219600202002") + ",13800138002",
        "XQ01,,88,1,201,102.00,100.00,居民,计量,HM-ZZ-88201,郑国庆,身份证," + residentId("37040219750303003") + ",13800138003"),
        StandardCharsets.UTF_8);
    try (Browser browser = new Browser()) {
      browser.login(Demo.ZZ_ADMIN.username(), Demo.ZZ_ADMIN.password());

      browser.open("/company/import.xhtml");
      browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
      browser.visible(By.id("importForm:start"));
      browser.waitForText(By.id("import-valid"), "3");
      browser.click(By.id("importForm:start"));
      browser.waitForText(By.id("import-status"), "已完成");
      assertEquals("3", browser.visible(By.id("import-created")).getText());
      browser.screenshot("billing-0-imported");

      browser.open("/modules/billing/runs.xhtml");
      browser.click(By.id("runsForm:start"));
      browser.visible(By.cssSelector(".run-progress"));
      browser.screenshot("billing-1-run-started");
      browser.waitForText(By.cssSelector("#runsForm\\:runs_data tr:first-child .run-status"), "已完成");
      assertEquals("100%", browser.visible(By.cssSelector("#runsForm\\:runs_data tr:first-child .run-progress .ui-progressbar-label")).getText());
      assertTrue(Integer.parseInt(browser.visible(By.cssSelector("#runsForm\\:runs_data tr:first-child .run-lines")).getText()) > 1000);
      browser.screenshot("billing-2-run-completed");

      String accountNo = (String) Db.value("SELECT a.account_no FROM t_zzrl.account a JOIN t_zzrl.room r ON r.account_id = a.id "
          + "JOIN t_zzrl.building_unit u ON u.id = r.unit_id JOIN t_zzrl.building b ON b.id = u.building_id "
          + "WHERE b.code = '88' AND r.room_no = '101'");
      browser.open("/modules/billing/statement.xhtml");
      browser.type(By.id("statementForm:accountNo"), accountNo);
      browser.click(By.id("statementForm:open"));
      browser.waitForText(By.cssSelector(".statement-account"), accountNo);
      String page = browser.visible(By.id("statementForm")).getText();
      assertTrue(page.contains("面积热费") && page.contains("80.00 × 22.00") && page.contains("1,760.00"), page);
      browser.screenshot("billing-3-statement");
    }
  }
}
