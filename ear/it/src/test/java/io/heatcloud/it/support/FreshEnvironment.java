package io.heatcloud.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run a fresh world before the server starts: an empty database, the demo
 * group's descriptors in the watched tenants directory, and the notices, billing, payments and paysim plugins in the
 * watched plugins directory.
 */
public class FreshEnvironment implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("heatcloud.it.run.dir") == null) {
      return;
    }
    recreateDatabase();
    Path run = Path.of(It.property("heatcloud.it.run.dir"));
    deleteTree(run);
    copyTree(Path.of(It.property("heatcloud.it.tenants.source")), It.tenantsDir());
    try {
      Files.createDirectories(It.pluginsDir());
      Files.copy(It.archive("notices.jar"), It.pluginsDir().resolve("notices-1.0.0.jar"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(It.archive("billing.jar"), It.pluginsDir().resolve("billing.jar"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(It.archive("payments.jar"), It.pluginsDir().resolve("payments.jar"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(It.archive("paysim.jar"), It.pluginsDir().resolve("paysim.jar"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recreateDatabase() {
    String url = It.property("heatcloud.it.db.url");
    int slash = url.lastIndexOf('/');
    String database = url.substring(slash + 1).replaceAll("\\?.*", "");
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalStateException("unexpected test database name " + database);
    }
    String admin = url.substring(0, slash + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(admin, It.property("heatcloud.it.db.user"),
            It.property("heatcloud.it.db.password"));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot recreate the test database " + database + " at " + admin
          + " (is PostgreSQL running? .ci/run starts it): " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (p.getFileName().toString().endsWith(".yaml")) {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
