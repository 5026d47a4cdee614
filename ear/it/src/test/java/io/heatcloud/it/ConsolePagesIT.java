package io.heatcloud.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.FacesClient;
import io.heatcloud.it.support.PlatformDeployment;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every console page a role may open renders (in Chinese) with what that role should see. */
class ConsolePagesIT extends PlatformDeployment {

  private static final Map<Demo, Map<String, String>> PAGES = Map.of(
      Demo.HQ_ADMIN, Map.of(
          "/console/tree.xhtml", "组织架构",
          "/console/companies.xhtml", "有效通知数",
          "/console/plugins.xhtml", "notices-1.0.0.jar",
          "/console/users.xhtml", "yt.operator",
          "/console/collection.xhtml", "烟台热力有限公司",
          "/account/password.xhtml", "修改密码"),
      Demo.JD_ADMIN, Map.of(
          "/console/companies.xhtml", "YTRL",
          "/console/collection.xhtml", "收费率",
          "/console/users.xhtml", "jd.admin"),
      Demo.HQ_AUDITOR, Map.of(
          "/console/audit.xhtml", "auth.login"),
      Demo.YT_ADMIN, Map.of(
          "/company/home.xhtml", "烟台热力有限公司",
          "/company/accounts.xhtml", "YTRLXQ0100001",
          "/company/account.xhtml?id=7", "YTRLXQ0100007",
          "/console/users.xhtml", "yt.operator",
          "/modules/notices/board.xhtml", "发布通知",
          "/modules/payments/counter.xhtml", "营业厅收费",
          "/modules/payments/reconciliation.xhtml", "对账"),
      Demo.YT_OPERATOR, Map.of(
          "/company/home.xhtml", "通知公告",
          "/modules/notices/board.xhtml", "欢迎使用通知公告",
          "/modules/payments/payments.xhtml", "缴费记录"));

  @Test
  void everyPageOfEveryRoleRenders() {
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<Demo, Map<String, String>> user : PAGES.entrySet()) {
      FacesClient client = FacesClient.loggedIn(user.getKey());
      for (Map.Entry<String, String> page : user.getValue().entrySet()) {
        HttpResponse<String> response = client.get(page.getKey());
        String label = user.getKey().username() + " " + page.getKey();
        checks.add(() -> assertEquals(200, response.statusCode(), label));
        checks.add(() -> assertTrue(response.body().contains(page.getValue()), label + " shows " + page.getValue()));
        checks.add(() -> assertTrue(response.body().contains("lang") || response.body().contains("热云"), label));
      }
    }
    assertAll(checks);
  }

  @Test
  void thePhoneIsShownInFullOnlyToCompanyAdministrators() {
    String admin = FacesClient.loggedIn(Demo.YT_ADMIN).get("/company/account.xhtml?id=7").body();
    String operator = FacesClient.loggedIn(Demo.YT_OPERATOR).get("/company/account.xhtml?id=7").body();
    assertTrue(operator.matches("(?s).*id=\"account-phone\">\\d{3}\\*{4}\\d{4}<.*"), "masked for operators");
    assertTrue(admin.matches("(?s).*id=\"account-phone\">\\d{11}<.*"), "in full for the company administrator");
  }
}
