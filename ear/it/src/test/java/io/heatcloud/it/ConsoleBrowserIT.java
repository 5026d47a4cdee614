package io.heatcloud.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Authenticator;
import io.heatcloud.it.support.Browser;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.PlatformDeployment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The group administrator creates a company in the HQ console, enables the notices module for it
 * and creates an operator; the operator logs in and finds the module in the menu.
 */
class ConsoleBrowserIT extends PlatformDeployment {

  @Test
  void groupAdministratorOpensACompanyWithAModuleAndItsOperatorSeesIt() {
    try (Browser browser = new Browser()) {
      browser.login(Demo.HQ_ADMIN.username(), Demo.HQ_ADMIN.password());
      browser.waitForText(By.className("hc-title"), "组织架构");
      assertTrue(browser.driver().getPageSource().contains("齐鲁热力集团有限公司"));

      // install a plugin by uploading its archive, then remove it again
      browser.open("/console/plugins.xhtml");
      browser.driver().findElement(By.cssSelector("input[type=file]"))
          .sendKeys(It.archive("probe-v1.jar").toAbsolutePath().toString());
      browser.waitForText(By.id("pluginsForm:plugins"), "probe");
      browser.idle();
      assertEquals("1.0.0", browser.visible(By.cssSelector(".plugin-version-probe")).getText());
      assertEquals("正常", browser.visible(By.cssSelector(".plugin-state-probe")).getText());
      browser.screenshot("0-hq-plugin-uploaded");
      browser.click(By.xpath("//tr[.//span[@class='plugin-id' and text()='probe']]//button"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText(By.cssSelector(".plugin-state-probe"), "已卸载");

      // the console in English
      browser.open("/console/tree.xhtml");
      browser.choose("topForm:language", "English");
      browser.waitForText(By.className("hc-title"), "Organisation");
      browser.idle();
      browser.choose("topForm:language", "中文");
      browser.waitForText(By.className("hc-title"), "组织架构");

      // select the region and create a company in it
      browser.click(By.className("hc-node-JDQY"));
      browser.visible(By.id("treeForm:newCompany"));
      browser.click(By.id("treeForm:newCompany"));
      browser.visible(By.id("nodeDialogForm:code"));
      browser.type(By.id("nodeDialogForm:code"), "LYANG");
      browser.type(By.id("nodeDialogForm:name"), "莱阳热力有限公司");
      browser.type(By.id("nodeDialogForm:city"), "莱阳");
      browser.click(By.id("nodeDialogForm:createNode"));
      browser.waitForText(By.id("treeForm:details"), "LYANG");
      assertEquals("正常", browser.visible(By.id("selected-status")).getText());
      browser.screenshot("1-hq-company-created");

      // enable the notices module for it
      browser.click(By.cssSelector("button.enable-notices"));
      browser.waitForText(By.id("treeForm:details"), "停用");
      assertEquals("启用", browser.visible(By.cssSelector(".module-state-notices")).getText());

      // an operator for the new company
      browser.open("/console/users.xhtml");
      browser.click(By.id("usersForm:users:newUser"));
      browser.visible(By.id("userDialogForm:username"));
      browser.type(By.id("userDialogForm:username"), "lyang.operator");
      browser.type(By.id("userDialogForm:displayName"), "莱阳营业员");
      browser.choose("userDialogForm:role", "公司操作员");
      browser.choose("userDialogForm:node", "(LYANG)");
      browser.type(By.id("userDialogForm:password"), "Laiyang#Oper2026");
      browser.click(By.id("userDialogForm:createUser"));
      browser.waitForText(By.id("usersForm:users"), "lyang.operator");
      browser.screenshot("2-hq-user-created");
      browser.logout();

      // the operator sees the module in the menu and opens it
      browser.login("lyang.operator", "Laiyang#Oper2026");
      browser.waitForText(By.className("hc-title"), "莱阳热力有限公司");
      WebElement entry = browser.visible(By.xpath("//div[@id='navForm:menu']//a[contains(@href, '/modules/notices/board.xhtml')]"));
      assertTrue(entry.getText().contains("通知公告"), entry.getText());
      browser.click(By.xpath("//div[@id='navForm:menu']//a[contains(@href, '/modules/notices/board.xhtml')]"));
      browser.waitForText(By.id("boardForm:notices"), "欢迎使用通知公告");
      browser.screenshot("3-operator-notice-board");
      assertTrue(browser.driver().getPageSource().contains("pi-megaphone"));

      // the operator binds an authenticator app: QR code and secret, activated with a first code
      browser.open("/account/authenticator.xhtml");
      browser.click(By.id("authForm:enrol"));
      // the QR code is an image the server draws: it must come back as SVG, not as a missing resource
      WebElement qr = browser.visible(By.cssSelector("#authForm img"));
      Object drawn = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
          + "fetch(arguments[0].src).then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done, e => done('' + e));", qr);
      assertTrue(String.valueOf(drawn).contains("<svg"), "the QR code image: " + drawn);
      String secret = browser.visible(By.id("secret")).getText().replace(" ", "");
      long step = Authenticator.step(java.time.Instant.now());
      browser.type(By.id("authForm:code"), Authenticator.code(secret, step));
      browser.click(By.id("authForm:activate"));
      browser.visible(By.id("authActive"));
      browser.screenshot("4-operator-authenticator");
      browser.logout();

      // from now on the login needs the app's code: without it the login fails, with the next one it works
      browser.login("lyang.operator", "Laiyang#Oper2026", null);
      assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), browser.driver().getCurrentUrl());
      browser.login("lyang.operator", "Laiyang#Oper2026", Authenticator.code(secret, step + 1));
      browser.waitForText(By.className("hc-title"), "莱阳热力有限公司");
    }
  }
}
