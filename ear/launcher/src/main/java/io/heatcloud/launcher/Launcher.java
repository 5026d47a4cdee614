package io.heatcloud.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs HeatCloud on this machine with the demo group.
 *
 * <ul>
 *   <li>Database: {@code HEATCLOUD_DB_URL}, {@code HEATCLOUD_DB_USER} and {@code
 *       HEATCLOUD_DB_PASSWORD} when set (an external PostgreSQL with an existing database);
 *       otherwise an embedded PostgreSQL whose data stays in {@code data/postgres}, so that a
 *       restart keeps everything.
 *   <li>Server: the WildFly provisioned by the build, with its own base directory in {@code
 *       data/wildfly} (configuration refreshed from the build at every start) and heatcloud.ear.
 *   <li>Companies: the descriptors in {@code tenants/}, watched while the platform runs.
 *   <li>Plugins: {@code data/plugins}, watched; the bundled plugins are copied there on the first
 *       run only (removing one in the console is not undone by a restart).
 * </ul>
 *
 * Ctrl-C stops WildFly and then PostgreSQL.
 */
public final class Launcher {

  private Launcher() {}

  /**
   * Starts the platform and waits until WildFly ends.
   *
   * @param args none
   * @throws Exception when start-up fails
   */
  public static void main(String[] args) throws Exception {
    Path server = Path.of(required("heatcloud.launcher.server")).toAbsolutePath().normalize();
    Path ear = Path.of(required("heatcloud.launcher.ear")).toAbsolutePath().normalize();
    Path tenants = Path.of(required("heatcloud.launcher.tenants")).toAbsolutePath().normalize();
    Path data = Path.of(required("heatcloud.launcher.data")).toAbsolutePath().normalize();
    List<Path> bundled = new ArrayList<>();
    for (String p : required("heatcloud.launcher.bundled-plugins").split(",")) {
      bundled.add(Path.of(p.trim()).toAbsolutePath().normalize());
    }
    if (!Files.isDirectory(server.resolve("modules")) || !Files.exists(ear)) {
      throw new IllegalStateException("build first: " + server + " or " + ear + " is missing");
    }
    Files.createDirectories(data);

    Database database = startDatabase(data);
    Path base = prepareServerBase(server, data.resolve("wildfly"), ear);
    Path plugins = seedPlugins(data.resolve("plugins"), bundled);

    List<String> command = new ArrayList<>();
    boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
    command.add(server.resolve("bin").resolve(windows ? "standalone.bat" : "standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + base);
    command.add("-Dheatcloud.db.url=" + database.url());
    command.add("-Dheatcloud.db.user=" + database.user());
    command.add("-Dheatcloud.db.password=" + database.password());
    command.add("-Dheatcloud.tenants.dir=" + tenants);
    command.add("-Dheatcloud.plugins.dir=" + plugins);
    command.add("-Dheatcloud.files.dir=" + data.resolve("files"));
    command.add("-Dheatcloud.demo.print-accounts=true");
    command.add("-Dheatcloud.public-url=http://localhost:8080/heatcloud/");
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // standalone.sh then forwards TERM and INT to the server's JVM
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    builder.environment().putIfAbsent("JAVA_OPTS",
        "-Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8");
    System.out.println("[heatcloud] starting WildFly from " + server + " (base " + base + "), database "
        + database.url() + ", tenants " + tenants + ", plugins " + plugins);
    Process wildfly = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("[heatcloud] stopping WildFly ...");
      List<ProcessHandle> tree = new ArrayList<>(wildfly.descendants().toList());
      tree.add(wildfly.toHandle());
      tree.forEach(ProcessHandle::destroy);
      for (ProcessHandle process : tree) {
        try {
          process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
          process.destroyForcibly();
        }
      }
      database.close();
    }, "heatcloud-shutdown"));
    int exit = wildfly.waitFor();
    System.out.println("[heatcloud] WildFly ended with " + exit);
  }

  /** The database the platform uses. */
  private interface Database extends AutoCloseable {
    String url();

    String user();

    String password();

    @Override
    void close();
  }

  private static Database startDatabase(Path data) throws IOException, SQLException {
    String url = System.getenv("HEATCLOUD_DB_URL");
    if (url != null && !url.isBlank()) {
      String user = envOr("HEATCLOUD_DB_USER", "postgres");
      String password = envOr("HEATCLOUD_DB_PASSWORD", "postgres");
      System.out.println("[heatcloud] using the external PostgreSQL at " + url);
      return database(url, user, password, () -> { });
    }
    Path directory = data.resolve("postgres");
    Files.createDirectories(directory);
    int port = freePort(54329);
    long start = System.nanoTime();
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(directory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
    System.out.printf("[heatcloud] embedded PostgreSQL on port %d, data in %s (%d ms)%n",
        port, directory, (System.nanoTime() - start) / 1_000_000);
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'heatcloud'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE heatcloud ENCODING 'UTF8'");
          System.out.println("[heatcloud] created database heatcloud");
        }
      }
    }
    return database("jdbc:postgresql://localhost:" + port + "/heatcloud", "postgres", "postgres", () -> {
      try {
        postgres.close();
        System.out.println("[heatcloud] embedded PostgreSQL stopped");
      } catch (IOException e) {
        System.err.println("[heatcloud] could not stop PostgreSQL: " + e);
      }
    });
  }

  private static Database database(String url, String user, String password, Runnable close) {
    return new Database() {
      @Override
      public String url() {
        return url;
      }

      @Override
      public String user() {
        return user;
      }

      @Override
      public String password() {
        return password;
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }

  /** A base directory of its own: the build's configuration, this run's deployment, kept data and logs. */
  private static Path prepareServerBase(Path server, Path base, Path ear) throws IOException {
    Path configuration = base.resolve("configuration");
    Files.createDirectories(configuration);
    Path source = server.resolve("standalone").resolve("configuration");
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path deployments = base.resolve("deployments");
    Files.createDirectories(deployments);
    try (Stream<Path> files = Files.list(deployments)) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().startsWith("heatcloud.ear.")) {
          Files.delete(file);
        }
      }
    }
    Files.copy(ear, deployments.resolve("heatcloud.ear"), StandardCopyOption.REPLACE_EXISTING);
    return base;
  }

  /**
   * Installs the bundled plugin archives the data directory has not received yet: on the first run
   * all of them, later only new ones or new versions (replacing the older archive of the same
   * plugin), so a plugin an operator removed stays removed until the build bundles a new version.
   */
  private static Path seedPlugins(Path plugins, List<Path> bundled) throws IOException {
    Files.createDirectories(plugins);
    Path marker = plugins.resolve(".seeded");
    List<String> seeded = Files.exists(marker) ? new ArrayList<>(Files.readAllLines(marker)) : new ArrayList<>();
    for (Path archive : bundled) {
      if (!Files.exists(archive)) {
        throw new IllegalStateException("bundled plugin missing (build first): " + archive);
      }
      String name = archive.getFileName().toString();
      if (seeded.contains(name)) {
        continue;
      }
      String id = name.substring(0, Math.max(0, name.lastIndexOf('-')));
      try (var existing = Files.list(plugins)) {
        for (Path old : existing.filter(f -> f.getFileName().toString().startsWith(id + "-")
            && f.getFileName().toString().endsWith(".jar")).toList()) {
          Files.delete(old);
          System.out.println("[heatcloud] replaced plugin archive " + old.getFileName());
        }
      }
      Files.copy(archive, plugins.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      System.out.println("[heatcloud] installed bundled plugin " + name);
      seeded.add(name);
    }
    Files.write(marker, seeded);
    return plugins;
  }

  private static int freePort(int preferred) {
    for (int port = preferred; port < preferred + 50; port++) {
      try (ServerSocket socket = new ServerSocket(port)) {
        socket.setReuseAddress(true);
        return port;
      } catch (IOException e) {
        // taken: try the next
      }
    }
    throw new UncheckedIOException(new IOException("no free port from " + preferred));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set");
    }
    return value;
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
