package io.heatcloud.it;

import static io.heatcloud.it.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.FacesClient;
import io.heatcloud.it.support.Matrix;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Nothing of one company reaches another company's users, nothing of one region another region's
 * administrator, through REST or the consoles, even with the other company's real ids; and every
 * cell of the authorisation matrix holds, with nothing changed by a denied call.
 */
class IsolationIT extends PlatformDeployment {

  @Test
  void operatorOfOneCompanyGetsNothingOfAnotherThroughRest() {
    Response linyi = as(Demo.LY_OPERATOR).get("/accounts?limit=5");
    linyi.then().statusCode(200);
    List<Integer> linyiIds = linyi.jsonPath().getList("items.id");
    String linyiNumber = linyi.jsonPath().getString("items[0].accountNo");
    assertTrue(linyiNumber.contains("LYRL"), linyiNumber);
    for (Integer id : linyiIds) {
      Response seen = as(Demo.YT_OPERATOR).get("/accounts/" + id);
      if (seen.statusCode() == 200) {
        seen.then().body("accountNo", startsWith("YTRL")).body("address", startsWith("烟台市"));
      } else {
        seen.then().statusCode(404);
      }
    }
    as(Demo.YT_OPERATOR).queryParam("q", linyiNumber).get("/accounts").then().statusCode(200).body("total", equalTo(0));
    // Zibo has 2 000 accounts, Yantai 3 000: Yantai's account 2500 does not exist for Zibo
    as(Demo.YT_OPERATOR).get("/accounts/2500").then().statusCode(200).body("accountNo", startsWith("YTRLXQ05"));
    as(Demo.ZB_OPERATOR).get("/accounts/2500").then().statusCode(404).contentType("application/problem+json");
    // a client-supplied tenant is ignored: the tenant comes from the login
    as(Demo.YT_OPERATOR).header("X-Tenant", "LYRL").queryParam("tenant", "LYRL").get("/accounts?limit=1")
        .then().statusCode(200).body("items[0].accountNo", startsWith("YTRL"));

    as(Demo.YT_OPERATOR).get("/org/nodes/LYRL").then().statusCode(404);
    as(Demo.YT_OPERATOR).get("/org/companies").then().statusCode(200).body("code", equalTo(List.of("YTRL")));
    as(Demo.YT_OPERATOR).get("/users").then().statusCode(200).body("size()", equalTo(0));
    as(Demo.YT_OPERATOR).get("/audit").then().statusCode(403);
    as(Demo.YT_OPERATOR).put("/org/companies/LYRL/modules/notices").then().statusCode(404);
    as(Demo.YT_OPERATOR).delete("/plugins/notices").then().statusCode(403);
  }

  @Test
  void modulesAndTheirDataStayInTheirCompany() {
    as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("title", "烟台专属通知", "body", "只给烟台的用户看", "category", "OUTAGE"))
        .post("/modules/notices/notices").then().statusCode(201);
    as(Demo.YT_OPERATOR).get("/modules/notices/notices").then().statusCode(200).body("title", hasItem("烟台专属通知"));
    as(Demo.LY_OPERATOR).get("/modules/notices/notices").then().statusCode(200).body("title", not(hasItem("烟台专属通知")));
    as(Demo.WH_OPERATOR).get("/modules/notices/notices").then().statusCode(404);
    as(Demo.YT_OPERATOR).contentType(ContentType.JSON).body(Map.of("title", "x", "body", "y"))
        .post("/modules/notices/notices").then().statusCode(403).contentType("application/problem+json");
  }

  @Test
  void operatorOfOneCompanyGetsNothingOfAnotherThroughTheConsole() {
    FacesClient zibo = FacesClient.loggedIn(Demo.ZB_OPERATOR);
    assertEquals(404, zibo.get("/company/account.xhtml?id=2500").statusCode());
    HttpResponse<String> own = zibo.get("/company/account.xhtml?id=1");
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("ZBRLXQ0100001"));
    FacesClient yantai = FacesClient.loggedIn(Demo.YT_OPERATOR);
    HttpResponse<String> account = yantai.get("/company/account.xhtml?id=2500");
    assertTrue(account.body().contains("YTRLXQ05"));
    assertTrue(account.body().contains("****"), "the phone is masked for operators");
    assertEquals(403, yantai.get("/console/companies.xhtml").statusCode());
    assertEquals(403, yantai.get("/console/tree.xhtml").statusCode());
    assertEquals(403, yantai.get("/console/audit.xhtml").statusCode());
    assertEquals(404, FacesClient.loggedIn(Demo.WH_OPERATOR).get("/modules/notices/board.xhtml").statusCode());
    HttpResponse<String> board = yantai.get("/modules/notices/board.xhtml");
    assertEquals(200, board.statusCode());
    assertFalse(FacesClient.loggedIn(Demo.WH_OPERATOR).get("/company/home.xhtml").body().contains("/modules/notices/"));
  }

  @Test
  void regionalAdministratorSeesNothingOfAnotherRegion() {
    as(Demo.JD_ADMIN).get("/org/companies").then().statusCode(200)
        .body("region", everyItem(equalTo("JDQY")))
        .body("code", hasItem("YTRL")).body("code", not(hasItem("LYRL")));
    as(Demo.JD_ADMIN).get("/org/nodes/LYRL").then().statusCode(404);
    as(Demo.JD_ADMIN).get("/org/nodes/LNQY").then().statusCode(404);
    as(Demo.JD_ADMIN).put("/org/companies/LYRL/modules/notices").then().statusCode(404);
    as(Demo.JD_ADMIN).post("/org/nodes/ZZRL/disable").then().statusCode(404);
    List<Object> jiaodong = Db.column("SELECT n.code FROM platform.org_node n LEFT JOIN platform.org_node p "
        + "ON p.id = n.parent_id WHERE n.code = 'JDQY' OR p.code = 'JDQY'");
    as(Demo.JD_ADMIN).get("/users").then().statusCode(200)
        .body("nodeCode", everyItem(in(jiaodong)))
        .body("nodeCode", hasItem("YTRL"));
    as(Demo.JD_ADMIN).get("/accounts").then().statusCode(403);
    as(Demo.JD_ADMIN).get("/org/tree").then().statusCode(200).body("code", equalTo(List.of("JDQY")));
    String tree = FacesClient.loggedIn(Demo.JD_ADMIN).get("/console/tree.xhtml").body();
    assertTrue(tree.contains("hc-node-YTRL"));
    assertFalse(tree.contains("hc-node-LYRL"), "another region's company is not in the tree");
    assertFalse(tree.contains("hc-node-QLRJ"), "nor the group above");
  }

  /** One probe per operation: the REST call that exercises it on a target node. */
  private final Map<String, BiFunction<Demo, String, Integer>> probes = probes();

  private static Map<String, BiFunction<Demo, String, Integer>> probes() {
    Map<String, BiFunction<Demo, String, Integer>> probes = new java.util.LinkedHashMap<>();
    probes.put("org.view", (u, t) -> as(u).get("/org/nodes/" + t).statusCode());
    probes.put("org.create-region", (u, t) -> as(u).contentType(ContentType.JSON)
          .body(Map.of("kind", "region", "code", code("MR"), "parent", t, "name", "矩阵区域")).post("/org/nodes").statusCode());
    probes.put("org.create-company", (u, t) -> as(u).contentType(ContentType.JSON)
          .body(Map.of("kind", "company", "code", code("MC"), "parent", t, "name", "矩阵公司")).post("/org/nodes").statusCode());
    probes.put("org.update", (u, t) -> as(u).contentType(ContentType.JSON)
          .body(Map.of("name", Db.value("SELECT name FROM platform.org_node WHERE code = ?", t)))
          .put("/org/nodes/" + t).statusCode());
    probes.put("modules.enable", (u, t) -> as(u).put("/org/companies/" + t + "/modules/notices").statusCode());
    probes.put("plugins.manage", (u, t) -> as(u).get("/plugins/events").statusCode());
    probes.put("users.view", (u, t) -> as(u).get("/users").jsonPath().getList("nodeCode").contains(t) ? 200 : 403);
    probes.put("users.manage", (u, t) -> as(u).post("/users/" + userAt(t) + "/unlock").statusCode());
    probes.put("audit.view", (u, t) -> as(u).queryParam("tenant", t).get("/audit").statusCode());
    probes.put("accounts.view", (u, t) -> as(u).get("/accounts?limit=1").statusCode());
    // an empty community is invalid (400) for those who may manage the archive, forbidden for others
    probes.put("accounts.manage", (u, t) -> {
      int status = as(u).contentType(ContentType.JSON).body(Map.of()).post("/communities").statusCode();
      return status == 400 ? 200 : status;
    });
    probes.put("customers.personal-data", (u, t) -> {
      io.restassured.response.Response detail = as(u).get("/accounts/7/detail");
      return detail.statusCode() == 200 && !detail.jsonPath().getString("customer.phone").contains("*") ? 200 : 403;
    });
    probes.put("coding.manage", (u, t) -> as(u).contentType(ContentType.TEXT).body("{COMMUNITY}-{BUILDING}-{UNIT}-{ROOM}")
        .put("/org/coding-rules/PREMISE").statusCode());
    return probes;
  }

  /** Targets each probe applies to (the node kinds the operation takes). */
  private static final Map<String, List<String>> TARGETS = Map.<String, List<String>>ofEntries(
      Map.entry("org.view", List.of("QLRJ", "JDQY", "LNQY", "YTRL", "WHRL", "LYRL")),
      Map.entry("org.create-region", List.of("QLRJ")),
      Map.entry("org.create-company", List.of("JDQY", "LNQY")),
      Map.entry("org.update", List.of("QLRJ", "JDQY", "LNQY", "YTRL", "WHRL", "LYRL")),
      Map.entry("modules.enable", List.of("YTRL", "LYRL")),
      Map.entry("plugins.manage", List.of("QLRJ")),
      Map.entry("users.view", List.of("QLRJ", "JDQY", "LNQY", "YTRL", "WHRL", "LYRL")),
      Map.entry("users.manage", List.of("QLRJ", "JDQY", "LNQY", "YTRL", "LYRL")),
      Map.entry("audit.view", List.of("YTRL", "LYRL")),
      Map.entry("accounts.view", List.of()),
      Map.entry("accounts.manage", List.of()),
      Map.entry("customers.personal-data", List.of()),
      Map.entry("coding.manage", List.of("QLRJ")));

  private static final Set<Integer> ALLOWED = Set.of(200, 201, 204);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private static String code(String prefix) {
    return prefix + SEQUENCE.incrementAndGet() + "X";
  }

  private static long userAt(String node) {
    Object id = Db.value("SELECT u.id FROM platform.app_user u JOIN platform.org_node n ON n.id = u.node_id "
        + "WHERE n.code = ? ORDER BY u.id LIMIT 1", node);
    return ((Number) id).longValue();
  }

  private static String fingerprint() {
    return Db.value("SELECT string_agg(code || ':' || status, ',' ORDER BY code) FROM platform.org_node") + "|"
        + Db.value("SELECT string_agg(node_id || plugin_id || enabled, ',' ORDER BY node_id, plugin_id) FROM platform.tenant_module") + "|"
        + Db.value("SELECT string_agg(username || enabled || coalesce(locked_until::text, ''), ',' ORDER BY username) FROM platform.app_user") + "|"
        + Db.value("SELECT string_agg(plugin_id || state, ',' ORDER BY plugin_id) FROM platform.plugin");
  }

  @Test
  void everyCellOfTheAuthorisationMatrixHolds() {
    Matrix matrix = Matrix.load();
    Map<Demo, String[]> users = Map.of(
        Demo.HQ_ADMIN, new String[] {"GROUP_ADMIN", "QLRJ"},
        Demo.HQ_AUDITOR, new String[] {"AUDITOR", "QLRJ"},
        Demo.JD_ADMIN, new String[] {"REGIONAL_ADMIN", "JDQY"},
        Demo.YT_ADMIN, new String[] {"COMPANY_ADMIN", "YTRL"},
        Demo.YT_OPERATOR, new String[] {"COMPANY_OPERATOR", "YTRL"});
    List<Executable> cases = new ArrayList<>();
    int[] counts = new int[2];
    for (String operation : matrix.operations()) {
      if (!probes.containsKey(operation)) {
        throw new AssertionError("no probe for operation " + operation + " of the matrix");
      }
      for (Map.Entry<Demo, String[]> user : users.entrySet()) {
        List<String> targets = TARGETS.get(operation).isEmpty() ? List.of(user.getValue()[1]) : TARGETS.get(operation);
        for (String target : targets) {
          boolean expected = matrix.allows(operation, user.getValue()[0], user.getValue()[1], target);
          String before = expected ? null : fingerprint();
          int status = probes.get(operation).apply(user.getKey(), target);
          String label = operation + " by " + user.getKey().username() + " on " + target + ": HTTP " + status;
          counts[expected ? 0 : 1]++;
          cases.add(() -> assertEquals(expected, ALLOWED.contains(status),
              label + (expected ? " should be allowed" : " should be denied")));
          if (!expected) {
            String after = fingerprint();
            cases.add(() -> assertEquals(before, after, label + " changed something"));
          }
        }
      }
    }
    System.out.printf("[figure] authorisation matrix: %d allowed and %d denied cases checked%n", counts[0], counts[1]);
    assertAll(cases);
  }
}
