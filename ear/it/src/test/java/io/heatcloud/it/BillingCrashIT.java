package io.heatcloud.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.ServerProcess;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A billing run whose server is killed midway (SIGKILL, the JVM gets no chance to clean up), then
 * restarted: the run shows as interrupted, is restarted from its last committed chunk and ends with
 * exactly the lines and totals of an uninterrupted run over identical data, without duplicates. Runs
 * on a server process of its own (port offset 100, database heatcloud_it_crash), beside the
 * Arquillian one.
 */
class BillingCrashIT {

  private static final int ACCOUNTS = 20_000;

  @Test
  void aRunWhoseServerIsKilledMidwayEndsLikeAnUninterruptedOne() throws Exception {
    Path run = Path.of(It.property("heatcloud.it.run.dir")).resolveSibling("crash-run");
    deleteTree(run);
    Path tenants = run.resolve("tenants");
    Path plugins = run.resolve("plugins");
    Files.createDirectories(tenants.resolve("regions"));
    Files.createDirectories(tenants.resolve("companies"));
    Files.createDirectories(plugins);
    Path source = Path.of(It.property("heatcloud.it.tenants.source"));
    Files.copy(source.resolve("group.yaml"), tenants.resolve("group.yaml"));
    try (var regions = Files.list(source.resolve("regions"))) {
      for (Path region : regions.toList()) {
        Files.copy(region, tenants.resolve("regions").resolve(region.getFileName()));
      }
    }
    Files.writeString(tenants.resolve("companies/cra.yaml"), Billing.company("CRA", "JDQY", ACCOUNTS, 50, "Crash#Alpha2026"),
        StandardCharsets.UTF_8);
    Files.writeString(tenants.resolve("companies/crb.yaml"), Billing.company("CRB", "JDQY", ACCOUNTS, 1000, "Crash#Beta2026"),
        StandardCharsets.UTF_8);
    Files.copy(It.archive("billing.jar"), plugins.resolve("billing.jar"));
    String url = It.property("heatcloud.it.db.url");
    String database = url.substring(0, url.lastIndexOf('/') + 1) + "heatcloud_it_crash";
    try (Connection c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
            It.property("heatcloud.it.db.user"), It.property("heatcloud.it.db.password"));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS heatcloud_it_crash WITH (FORCE)");
      s.execute("CREATE DATABASE heatcloud_it_crash");
    }

    try (ServerProcess server = new ServerProcess(Path.of(It.property("jboss.home")), run.resolve("server"),
        Path.of(It.property("heatcloud.it.ear")), 100, Map.of(
            "heatcloud.db.url", database, "heatcloud.db.user", It.property("heatcloud.it.db.user"),
            "heatcloud.db.password", It.property("heatcloud.it.db.password"),
            "heatcloud.tenants.dir", tenants.toString(), "heatcloud.plugins.dir", plugins.toString(),
            "heatcloud.files.dir", run.resolve("files").toString(), "heatcloud.watch.interval-ms", "500"))) {
      server.start(Duration.ofMinutes(3));
      Billing billing = new Billing(server.api());
      String a = billing.token("cra.admin", "Crash#Alpha2026");
      String b = billing.token("crb.admin", "Crash#Beta2026");
      assertTrue(a != null && b != null, "the crash companies are provisioned at boot");

      JsonPath uninterrupted = billing.completed(b, billing.start(b, billing.season(b)));

      long runA = billing.start(a, billing.season(a));
      billing.await(a, runA, Duration.ofMinutes(2), r -> r.getLong("accountsDone") >= 2_000);
      server.kill();
      long done;
      try (Connection c = DriverManager.getConnection(database, It.property("heatcloud.it.db.user"),
          It.property("heatcloud.it.db.password"))) {
        done = ((Number) value(c, "SELECT COALESCE(sum(p.accounts_done), 0) FROM t_cra.batch_job_partition p "
            + "WHERE p.job_id = (SELECT max(id) FROM t_cra.batch_job)")).longValue();
        assertEquals("STARTED", value(c, "SELECT status FROM t_cra.batch_job ORDER BY id DESC LIMIT 1"));
      }
      assertTrue(done > 0 && done < ACCOUNTS, "killed midway, after " + done + " accounts");

      server.start(Duration.ofMinutes(3));
      a = billing.token("cra.admin", "Crash#Alpha2026");
      JsonPath interrupted = billing.run(a, runA);
      assertEquals("INTERRUPTED", interrupted.getString("status"));
      assertEquals(done, interrupted.getLong("accountsDone"));
      billing.as(a).post("/modules/billing/runs/" + runA + "/restart").then().statusCode(200);
      JsonPath restarted = billing.completed(a, runA);
      assertEquals(ACCOUNTS, restarted.getLong("accountsDone"));
      assertEquals(uninterrupted.getLong("linesCreated"), restarted.getLong("linesCreated"));
      assertEquals(uninterrupted.getString("amountCreated"), restarted.getString("amountCreated"));
      try (Connection c = DriverManager.getConnection(database, It.property("heatcloud.it.db.user"),
          It.property("heatcloud.it.db.password"))) {
        Map<String, String> expected = Billing.totals(c, "t_crb");
        assertEquals(expected, Billing.totals(c, "t_cra"));
        assertEquals("0", expected.get("keys with more than one line"));
        System.out.printf("[figure] %d accounts, server killed after %d, restarted: %s%n", ACCOUNTS, done, expected);
      }
    }
  }

  private static Object value(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getObject(1) : null;
    }
  }

  private static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
