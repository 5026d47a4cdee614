package io.heatcloud.bench;

import io.heatcloud.it.support.ServerProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark starts from: a fresh database, the demo group's regions, one company
 * described by the benchmark, the plugin archives it needs, and a server process of its own.
 */
final class BenchEnvironment {

  private BenchEnvironment() {}

  /**
   * Prepares a run directory and starts a server on a fresh database.
   *
   * @param name the run's directory name
   * @param companyYaml the company's descriptor
   * @param plugins the plugin archives to install
   * @param portOffset the server's port offset
   * @return the started server (close it to stop it)
   * @throws Exception on failure
   */
  static ServerProcess start(String name, String companyYaml, List<Path> plugins, int portOffset) throws Exception {
    String url = BenchDatabase.url();
    recreateDatabase(url, BenchDatabase.user(), BenchDatabase.password());
    Path dir = Path.of(property("bench.run.dir")).resolve(name);
    deleteTree(dir);
    Path tenants = dir.resolve("tenants");
    Path pluginDir = dir.resolve("plugins");
    Files.createDirectories(tenants.resolve("regions"));
    Files.createDirectories(tenants.resolve("companies"));
    Files.createDirectories(pluginDir);
    Path source = Path.of(property("bench.tenants"));
    Files.copy(source.resolve("group.yaml"), tenants.resolve("group.yaml"));
    try (var regions = Files.list(source.resolve("regions"))) {
      for (Path region : regions.toList()) {
        Files.copy(region, tenants.resolve("regions").resolve(region.getFileName()));
      }
    }
    Files.writeString(tenants.resolve("companies/bench.yaml"), companyYaml, StandardCharsets.UTF_8);
    for (Path plugin : plugins) {
      Files.copy(plugin, pluginDir.resolve(plugin.getFileName()));
    }
    ServerProcess server = new ServerProcess(Path.of(property("bench.server")), dir.resolve("server"),
        Path.of(property("bench.ear")), portOffset, Map.of("heatcloud.db.url", url,
            "heatcloud.db.user", BenchDatabase.user(), "heatcloud.db.password", BenchDatabase.password(),
            "heatcloud.tenants.dir", tenants.toString(), "heatcloud.plugins.dir", pluginDir.toString(),
            "heatcloud.files.dir", dir.resolve("files").toString(),
            "heatcloud.public-url", "http://localhost:" + (8080 + portOffset) + "/heatcloud/"))
        .javaOptions(System.getProperty("bench.heap", "-Xms1g -Xmx2g") + " -XX:MaxMetaspaceSize=512m");
    server.start(Duration.ofMinutes(30));
    return server;
  }

  /**
   * A plugin archive given by a system property.
   *
   * @param property the property
   * @return its path
   */
  static Path archive(String property) {
    return Path.of(property(property));
  }

  /**
   * A connection to the benchmark's database.
   *
   * @return the connection
   * @throws Exception when it cannot connect
   */
  static Connection connect() throws Exception {
    return DriverManager.getConnection(BenchDatabase.url(), BenchDatabase.user(), BenchDatabase.password());
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set");
    }
    return value;
  }

  private static void recreateDatabase(String url, String user, String password) throws Exception {
    String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unexpected database name " + database);
    }
    try (Connection c = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    }
  }

  static void deleteTree(Path root) throws java.io.IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
