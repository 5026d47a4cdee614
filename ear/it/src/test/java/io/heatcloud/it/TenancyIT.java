package io.heatcloud.it;

import static io.heatcloud.it.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Companies under group and regions: the demo group from the descriptors, companies created at
 * run time through the API and by dropping a descriptor, broken descriptors refused, health.
 */
class TenancyIT extends PlatformDeployment {

  @Test
  void demoGroupIsLoadedFromTheDescriptors() {
    as(Demo.HQ_ADMIN).get("/org/companies").then().statusCode(200)
        .body("code", hasItems("YTRL", "WHRL", "LYRL", "ZZRL", "ZBRL"))
        .body("find { it.code == 'YTRL' }.accounts", org.hamcrest.Matchers.greaterThanOrEqualTo(3000))
        .body("find { it.code == 'YTRL' }.schemaVersion", equalTo(Db.value(
            "SELECT id FROM t_ytrl.hc_core_changelog ORDER BY orderexecuted DESC LIMIT 1")))
        .body("find { it.code == 'YTRL' }.modules.id", hasItem("notices"))
        .body("find { it.code == 'WHRL' }.modules.id", not(hasItem("notices")));
    as(Demo.HQ_ADMIN).get("/org/tree").then().statusCode(200)
        .body("[0].code", equalTo("QLRJ"))
        .body("[0].children.code", hasItems("JDQY", "LNQY", "LZQY"));
    assertTrue(Db.tableExists("t_ytrl", "account"));
    assertTrue(Db.tableExists("t_ytrl", "notice"), "notices migrated where enabled");
    assertFalse(Db.tableExists("t_whrl", "notice"), "never where not enabled");
  }

  @Test
  void companyCreatedThroughTheApiServesRequestsAtOnce() {
    long start = System.nanoTime();
    as(Demo.HQ_ADMIN).contentType(ContentType.JSON)
        .body(Map.of(
            "kind", "company", "code", "QDRL", "parent", "JDQY", "name", "青岛热力有限公司", "city", "青岛",
            "modules", List.of("notices"), "demoAccounts", 25,
            "users", List.of(Map.of("username", "qd.operator", "displayName", "青岛营业员",
                "role", "COMPANY_OPERATOR", "initialPassword", "Qingdao#Oper2026"))))
        .post("/org/nodes")
        .then().statusCode(201)
        .header("Location", containsString("/org/nodes/QDRL"))
        .body("status", equalTo("ACTIVE"));
    String token = Api.token("qd.operator", "Qingdao#Oper2026");
    as(token).get("/accounts").then().statusCode(200).body("total", equalTo(25))
        .body("items[0].accountNo", org.hamcrest.Matchers.startsWith("QDRLXQ01"));
    as(token).get("/modules/notices/notices").then().statusCode(200).body("title", hasItem("欢迎使用通知公告"));
    System.out.printf("[figure] company created through the API and answering in %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    assertEquals(1L, Db.value("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_qdrl'"));
  }

  @Test
  void companyPostedAsYamlDescriptor() {
    String yaml = """
        kind: company
        code: RZRL
        parent: JDQY
        name: 日照热力有限公司
        users:
          - username: rz.admin
            displayName: 日照管理员
            role: COMPANY_ADMIN
            initialPassword: "Rizhao#Admin2026"
        """;
    as(Demo.HQ_ADMIN).contentType("application/yaml; charset=UTF-8").body(yaml.getBytes(StandardCharsets.UTF_8))
        .post("/org/nodes").then().statusCode(201).body("code", equalTo("RZRL"));
    as(Api.token("rz.admin", "Rizhao#Admin2026")).get("/accounts").then().statusCode(200).body("total", equalTo(0));
    as(Demo.HQ_ADMIN).contentType("application/yaml; charset=UTF-8").body(yaml.getBytes(StandardCharsets.UTF_8))
        .post("/org/nodes").then().statusCode(409).contentType("application/problem+json");
  }

  @Test
  void companyDroppedAsDescriptorFileGoesLiveWithinSeconds() throws IOException {
    Path file = It.tenantsDir().resolve("companies/jining.yaml");
    Files.writeString(file, """
        kind: company
        code: JNRL
        parent: LNQY
        name: 济宁热力有限公司
        nameEn: Jining Heating Co., Ltd.
        city: 济宁
        modules: [notices]
        demo:
          accounts: 50
        users:
          - username: jn.operator
            displayName: 济宁营业员
            role: COMPANY_OPERATOR
            initialPassword: "Jining#Oper2026"
        """, StandardCharsets.UTF_8);
    Duration took = Api.await(Duration.ofSeconds(60), "JNRL to answer", () ->
        Api.login("jn.operator", "Jining#Oper2026").statusCode() == 200
            && as(Api.token("jn.operator", "Jining#Oper2026")).get("/accounts").then().extract().path("total") != null);
    System.out.printf("[figure] descriptor dropped -> new company answering: %d ms%n", took.toMillis());
    as(Api.token("jn.operator", "Jining#Oper2026")).get("/accounts").then().body("total", equalTo(50));
    assertEquals("APPLIED", Db.value("SELECT status FROM platform.descriptor_file WHERE path = 'companies/jining.yaml'"));
  }

  @Test
  void brokenDescriptorIsRejectedWithItsReasonsAndChangesNothing() throws IOException {
    long nodesBefore = (Long) Db.value("SELECT count(*) FROM platform.org_node");
    Path file = It.tenantsDir().resolve("companies/broken.yaml");
    Files.writeString(file, """
        kind: company
        code: bad code
        parent: NOWHERE
        name: 坏公司
        modules: [billing-that-does-not-exist]
        colour: red
        """, StandardCharsets.UTF_8);
    Api.await(Duration.ofSeconds(30), "the broken descriptor to be processed", () ->
        "REJECTED".equals(Db.value("SELECT status FROM platform.descriptor_file WHERE path = 'companies/broken.yaml'")));
    String message = (String) Db.value("SELECT message FROM platform.descriptor_file WHERE path = 'companies/broken.yaml'");
    assertTrue(message.contains("colour") && message.contains("unknown key"), message);
    assertEquals(nodesBefore, Db.value("SELECT count(*) FROM platform.org_node"), "nothing was created");

    Files.writeString(file, """
        kind: company
        code: BADCO
        parent: NOWHERE
        name: 坏公司
        modules: [billing-that-does-not-exist]
        """, StandardCharsets.UTF_8);
    Api.await(Duration.ofSeconds(30), "the second version to be processed", () -> {
      Object m = Db.value("SELECT message FROM platform.descriptor_file WHERE path = 'companies/broken.yaml'");
      return m != null && m.toString().contains("NOWHERE");
    });
    message = (String) Db.value("SELECT message FROM platform.descriptor_file WHERE path = 'companies/broken.yaml'");
    assertTrue(message.contains("billing-that-does-not-exist"), message);
    assertEquals(nodesBefore, Db.value("SELECT count(*) FROM platform.org_node"), "still nothing created");
    assertEquals(0L, Db.value("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 't_badco'"));
    as(Demo.HQ_AUDITOR).queryParam("action", "descriptor.reject").get("/audit").then().statusCode(200)
        .body("items.target", hasItem("file:companies/broken.yaml"));
    Files.delete(file);
  }

  @Test
  void invalidJsonSpecGetsAProblemWithEveryField() {
    as(Demo.HQ_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("kind", "company", "code", "x", "parent", "JDQY", "name", "",
            "users", List.of(Map.of("username", "Bad Name", "displayName", "x", "role", "COMPANY_OPERATOR",
                "initialPassword", "123456"))))
        .post("/org/nodes")
        .then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo("urn:heatcloud:problem:invalid-request"))
        .body("errors.field", hasItems("code", "name", "users[0].username"));
    as(Demo.HQ_ADMIN).contentType(ContentType.JSON).body("{not json")
        .post("/org/nodes").then().statusCode(400).contentType("application/problem+json");
    as(Demo.HQ_ADMIN).get("/org/companies").then().body("code", not(hasItem("X")));
  }

  @Test
  void regionalAdministratorCreatesCompaniesInItsOwnRegionOnly() {
    as(Demo.JD_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("kind", "company", "code", "PLRL", "parent", "JDQY", "name", "蓬莱热力有限公司"))
        .post("/org/nodes").then().statusCode(201);
    as(Demo.JD_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("kind", "company", "code", "FXRL", "parent", "LNQY", "name", "费县热力有限公司"))
        .post("/org/nodes").then().statusCode(403).contentType("application/problem+json");
    as(Demo.JD_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("kind", "region", "code", "XXQY", "parent", "QLRJ", "name", "新区域"))
        .post("/org/nodes").then().statusCode(403);
    assertEquals(0L, Db.value("SELECT count(*) FROM platform.org_node WHERE code IN ('FXRL', 'XXQY')"));
  }

  @Test
  void indicatorsRollUpOverTheCompaniesAUserMaySee() {
    as(Demo.HQ_ADMIN).get("/org/indicators").then().statusCode(200)
        .body("companies.company", hasItems("YTRL", "LYRL", "ZBRL"))
        .body("rollUp.find { it.code == 'notices.active' }.companies", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    as(Demo.JD_ADMIN).get("/org/indicators").then().statusCode(200)
        .body("companies.company", not(hasItem("LYRL")))
        .body("companies.company", hasItem("YTRL"));
  }

  @Test
  void healthReportsDatabaseTenantsAndPlugins() {
    RestAssured.get(It.HEALTH + "/ready").then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("heatcloud-database", "heatcloud-tenants", "heatcloud-plugins"))
        .body("checks.find { it.name == 'heatcloud-plugins' }.data.loaded", containsString("notices@1.0.0"))
        .body("checks.find { it.name == 'heatcloud-tenants' }.data.active", containsString("YTRL"));
    RestAssured.get(It.HEALTH + "/live").then().statusCode(200).body("status", equalTo("UP"));
  }
}
