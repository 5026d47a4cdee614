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
import io.heatcloud.it.support.FacesClient;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A module's life without a redeploy: the probe plugin is dropped into the plugins directory,
 * enabled for Yantai only, migrated and served there (REST, view, menu) and nowhere else, upgraded
 * by upload with a new changeset, refused when incompatible or broken, and removed (404, data kept).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginLifecycleIT extends PlatformDeployment {

  @Test
  @Order(1)
  void droppedArchiveIsLoadedAndEnabledForOneCompanyOnly() throws IOException {
    long start = System.nanoTime();
    Files.copy(It.archive("probe-v1.jar"), It.pluginsDir().resolve("probe.jar"), StandardCopyOption.REPLACE_EXISTING);
    Duration loaded = Api.await(Duration.ofSeconds(30), "probe 1.0.0 to be loaded", () ->
        as(Demo.HQ_ADMIN).get("/plugins").then().extract().jsonPath()
            .getList("findAll { it.id == 'probe' && it.state == 'ACTIVE' }.version").contains("1.0.0"));
    System.out.printf("[figure] plugin archive dropped -> loaded: %d ms%n", loaded.toMillis());
    assertTrue(Files.exists(It.pluginsDir().resolve("probe-1.0.0.jar")), "stored under its versioned name");

    as(Demo.HQ_ADMIN).put("/org/companies/YTRL/modules/probe").then().statusCode(204);
    System.out.printf("[figure] drop -> enabled and migrated for one company: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertTrue(Db.tableExists("t_ytrl", "probe_item"));
    assertEquals(1L, Db.value("SELECT count(*) FROM t_ytrl.hc_probe_changelog"));
    assertFalse(Db.tableExists("t_lyrl", "probe_item"), "not migrated where not enabled");

    as(Demo.YT_OPERATOR).get("/modules/probe/info").then().statusCode(200)
        .body("version", equalTo("1.0.0"))
        .body("tenant", equalTo("YTRL"))
        .body("user", equalTo("yt.operator"))
        .body("contextClassLoaderIsPlugin", equalTo(true));
    as(Demo.YT_OPERATOR).contentType(ContentType.JSON).body(Map.of("name", "first"))
        .post("/modules/probe/items").then().statusCode(200).body("name", equalTo("first"));

    as(Demo.LY_OPERATOR).get("/modules/probe/info").then().statusCode(404);
    as(Demo.LY_OPERATOR).get("/modules/probe/items").then().statusCode(404);

    FacesClient yantai = FacesClient.loggedIn(Demo.YT_OPERATOR);
    HttpResponse<String> view = yantai.get("/modules/probe/items.xhtml");
    assertEquals(200, view.statusCode());
    assertTrue(view.body().contains("<span id=\"probe-version\">1.0.0</span>"), view.body());
    assertTrue(view.body().contains("<span id=\"probe-loader\">true</span>"), "view model runs with the plugin's class loader");
    assertTrue(view.body().contains("first"));
    assertTrue(yantai.get("/company/home.xhtml").body().contains("/modules/probe/items.xhtml"), "menu entry shown");

    FacesClient linyi = FacesClient.loggedIn(Demo.LY_OPERATOR);
    assertEquals(404, linyi.get("/modules/probe/items.xhtml").statusCode());
    assertFalse(linyi.get("/company/home.xhtml").body().contains("/modules/probe/"), "no menu entry elsewhere");
  }

  @Test
  @Order(2)
  void uploadedNewerVersionMigratesTheEnablingCompaniesAndKeepsTheData() {
    as(Demo.YT_ADMIN).contentType(ContentType.BINARY).body(It.archive("probe-v2.jar").toFile())
        .post("/plugins").then().statusCode(403);
    as(Demo.HQ_ADMIN).contentType(ContentType.BINARY).header("X-File-Name", "probe-v2.jar")
        .body(It.archive("probe-v2.jar").toFile())
        .post("/plugins").then().statusCode(201)
        .body("version", equalTo("2.0.0")).body("state", equalTo("ACTIVE"));

    assertTrue(Db.columnExists("t_ytrl", "probe_item", "note"), "changeset probe-0002 ran");
    assertEquals(2L, Db.value("SELECT count(*) FROM t_ytrl.hc_probe_changelog"));
    assertEquals("probe-0002-note", Db.value("SELECT schema_version FROM platform.tenant_module m "
        + "JOIN platform.org_node n ON n.id = m.node_id WHERE n.code = 'YTRL' AND m.plugin_id = 'probe'"));
    as(Demo.YT_OPERATOR).get("/modules/probe/info").then().statusCode(200).body("version", equalTo("2.0.0"));
    as(Demo.YT_OPERATOR).contentType(ContentType.JSON).body(Map.of("name", "second"))
        .post("/modules/probe/items").then().statusCode(200).body("note", equalTo("added by 2.0.0"));
    as(Demo.YT_OPERATOR).get("/modules/probe/items").then().statusCode(200).body("name", equalTo(List.of("first", "second")));
    assertTrue(Files.exists(It.pluginsDir().resolve("probe-2.0.0.jar")));
    assertFalse(Files.exists(It.pluginsDir().resolve("probe-1.0.0.jar")), "the older archive is replaced");

    HttpResponse<String> view = FacesClient.loggedIn(Demo.YT_OPERATOR).get("/modules/probe/items.xhtml");
    assertTrue(view.body().contains("<span id=\"probe-version\">2.0.0</span>"), "the view of the new version is served");
  }

  @Test
  @Order(3)
  void incompatibleBrokenAndOlderArchivesAreRefusedAndChangeNothing() throws IOException {
    as(Demo.HQ_ADMIN).contentType(ContentType.BINARY).body(It.archive("probe-future.jar").toFile())
        .post("/plugins").then().statusCode(422).contentType("application/problem+json")
        .body("detail", containsString("requires platform API >=9.0.0"))
        .body("detail", containsString("provides " + It.property("heatcloud.api.version")));
    as(Demo.HQ_ADMIN).contentType(ContentType.BINARY).body(It.archive("probe-broken.jar").toFile())
        .post("/plugins").then().statusCode(422).body("detail", containsString("failed to start"));
    as(Demo.HQ_ADMIN).contentType(ContentType.BINARY).body(It.archive("probe-v1.jar").toFile())
        .post("/plugins").then().statusCode(422).body("detail", containsString("older than the installed 2.0.0"));
    as(Demo.HQ_ADMIN).contentType(ContentType.BINARY).body("not a jar at all".getBytes())
        .post("/plugins").then().statusCode(422).body("detail", containsString("not a JAR"));

    Files.copy(It.archive("probe-broken.jar"), It.pluginsDir().resolve("dropped-broken.jar"), StandardCopyOption.REPLACE_EXISTING);
    Api.await(Duration.ofSeconds(30), "the dropped broken archive to be refused", () ->
        as(Demo.HQ_ADMIN).get("/plugins/events").then().extract().jsonPath()
            .getList("findAll { it.pluginId == 'probe-broken' && it.kind == 'REFUSED' }").size() >= 2);
    Files.delete(It.pluginsDir().resolve("dropped-broken.jar"));

    as(Demo.YT_OPERATOR).get("/modules/probe/info").then().statusCode(200).body("version", equalTo("2.0.0"));
    as(Demo.YT_OPERATOR).get("/modules/notices/notices").then().statusCode(200);
    as(Demo.HQ_ADMIN).get("/plugins").then().body("findAll { it.state == 'ACTIVE' }.id", not(hasItem("probe-broken")));
    RestAssured.get(It.HEALTH + "/ready").then().statusCode(200)
        .body("checks.find { it.name == 'heatcloud-plugins' }.data.loaded", containsString("probe@2.0.0"));
  }

  @Test
  @Order(4)
  void removalTakesMenusEndpointsAndViewsAwayAndLeavesTheData() {
    as(Demo.HQ_ADMIN).delete("/plugins/probe").then().statusCode(204);
    as(Demo.YT_OPERATOR).get("/modules/probe/info").then().statusCode(404);
    as(Demo.YT_OPERATOR).get("/modules/probe/items").then().statusCode(404);
    FacesClient yantai = FacesClient.loggedIn(Demo.YT_OPERATOR);
    assertEquals(404, yantai.get("/modules/probe/items.xhtml").statusCode());
    assertFalse(yantai.get("/company/home.xhtml").body().contains("/modules/probe/"));
    assertEquals(2L, Db.value("SELECT count(*) FROM t_ytrl.probe_item"), "data stays");
    assertFalse(Files.exists(It.pluginsDir().resolve("probe-2.0.0.jar")));
    as(Demo.HQ_ADMIN).get("/plugins").then().body("find { it.id == 'probe' }.state", equalTo("REMOVED"));
    as(Demo.HQ_AUDITOR).queryParam("action", "plugin.").get("/audit").then().statusCode(200)
        .body("items.action", hasItems("plugin.install", "plugin.upgrade", "plugin.refused", "plugin.remove"));
  }

  @Test
  @Order(5)
  void hotLoadAndEnableForEveryCompany() throws IOException {
    long start = System.nanoTime();
    Files.copy(It.archive("probe-v2.jar"), It.pluginsDir().resolve("probe-2.0.0.jar"), StandardCopyOption.REPLACE_EXISTING);
    Api.await(Duration.ofSeconds(30), "probe 2.0.0 to be loaded again", () ->
        as(Demo.HQ_ADMIN).get("/plugins").then().extract().jsonPath()
            .getList("findAll { it.id == 'probe' && it.state == 'ACTIVE' }.version").contains("2.0.0"));
    long loadedMs = (System.nanoTime() - start) / 1_000_000;
    List<String> companies = as(Demo.HQ_ADMIN).get("/org/companies").then().extract().jsonPath().getList("code");
    long enableStart = System.nanoTime();
    for (String code : companies) {
      as(Demo.HQ_ADMIN).put("/org/companies/" + code + "/modules/probe").then().statusCode(204);
    }
    long enableMs = (System.nanoTime() - enableStart) / 1_000_000;
    System.out.printf("[figure] hot-load of a plugin: %d ms; enabling it for all %d companies: %d ms%n",
        loadedMs, companies.size(), enableMs);
    as(Demo.LY_OPERATOR).get("/modules/probe/info").then().statusCode(200).body("tenant", equalTo("LYRL"));
    assertTrue(Db.columnExists("t_zbrl", "probe_item", "note"));
    as(Demo.HQ_ADMIN).get("/org/companies").then()
        .body("find { it.code == 'WHRL' }.modules.id", hasItem("probe"));
    as(Demo.HQ_ADMIN).delete("/plugins/probe").then().statusCode(204);
  }
}
