package io.heatcloud.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The PostgreSQL a benchmark measures against. By default ({@code bench.db=own}) a server of its
 * own (PostgreSQL 14 from Maven Central, data in the run directory, a free port), configured the way
 * a production server of a machine like this one would be ({@link #SETTINGS}): a benchmark then
 * measures the platform, not whatever a machine's shared server was set up for (the CI machines run
 * theirs with 128 MB of buffers and no autovacuum). With {@code bench.db=external} it uses the server
 * of {@code bench.db.url}, {@code bench.db.user}, {@code bench.db.password} as it is configured.
 */
final class BenchDatabase {

  /**
   * The own server's settings: a 24 GiB machine that PostgreSQL shares with the platform's JVM. The
   * buffers hold the working set of a million accounts, so that a payment's index pages are not
   * written out and read again; checkpoints are far apart, so that few pages are written to the WAL
   * whole after each. Durability as in production: fsync, synchronous commit, full-page writes.
   */
  static final Map<String, String> SETTINGS = settings();

  private static EmbeddedPostgres own;
  private static String url;

  private BenchDatabase() {}

  private static Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("shared_buffers", "4GB");
    s.put("effective_cache_size", "12GB");
    s.put("work_mem", "16MB");
    s.put("maintenance_work_mem", "512MB");
    s.put("wal_buffers", "16MB");
    s.put("max_wal_size", "8GB");
    s.put("min_wal_size", "1GB");
    s.put("checkpoint_timeout", "15min");
    s.put("checkpoint_completion_target", "0.9");
    s.put("max_connections", "200");
    return s;
  }

  /**
   * The JDBC address of the benchmark's database (created empty by the environment).
   *
   * @return the address
   */
  static synchronized String url() {
    if (url == null) {
      url = external() ? BenchEnvironment.property("bench.db.url") : start();
    }
    return url;
  }

  static String user() {
    return external() ? BenchEnvironment.property("bench.db.user") : "postgres";
  }

  static String password() {
    return external() ? BenchEnvironment.property("bench.db.password") : "postgres";
  }

  /**
   * What the figures were measured against, for the report.
   *
   * @return e.g. "own PostgreSQL 14 (shared_buffers=4GB, ...)"
   */
  static String describe() {
    return external() ? "external PostgreSQL at " + BenchEnvironment.property("bench.db.url") + ", as configured"
        : "own PostgreSQL 14 (" + SETTINGS.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ")) + ")";
  }

  /** Stops the benchmark's own server, if it started one. */
  static synchronized void stop() {
    if (own != null) {
      try {
        own.close();
      } catch (IOException e) {
        System.err.println("the benchmark's PostgreSQL did not stop cleanly: " + e);
      }
      own = null;
    }
  }

  private static boolean external() {
    return "external".equals(System.getProperty("bench.db", "own"));
  }

  private static String start() {
    try {
      Path data = Path.of(BenchEnvironment.property("bench.run.dir")).resolve("postgres");
      BenchEnvironment.deleteTree(data);
      Files.createDirectories(data);
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
          .setPort(port);
      SETTINGS.forEach(builder::setServerConfig);
      long started = System.nanoTime();
      own = builder.start();
      System.out.printf("own PostgreSQL on port %d, data in %s (%d ms)%n", port, data,
          (System.nanoTime() - started) / 1_000_000);
      return "jdbc:postgresql://127.0.0.1:" + port + "/heatcloud_bench";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the benchmark's PostgreSQL", e);
    }
  }
}
