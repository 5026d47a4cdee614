package io.heatcloud.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A second WildFly of the provisioned server, as a process of its own that a test can kill like a
 * crash ({@code SIGKILL}, no shutdown hooks) and start again: its own base directory (configuration
 * and deployments, with the EAR), port offset, database, tenants and plugins directories.
 */
public final class ServerProcess implements AutoCloseable {

  private final Path home;
  private final Path base;
  private final int offset;
  private final Map<String, String> properties;
  private String javaOptions = "-Xms256m -Xmx1024m -XX:MaxMetaspaceSize=512m";
  private Process process;
  private int starts;

  /**
   * Prepares a server.
   *
   * @param home the provisioned server (JBOSS_HOME)
   * @param base the base directory to create
   * @param ear the application to deploy
   * @param offset the port offset
   * @param properties system properties (database, directories)
   */
  public ServerProcess(Path home, Path base, Path ear, int offset, Map<String, String> properties) {
    this.home = home;
    this.base = base;
    this.offset = offset;
    this.properties = Map.copyOf(properties);
    try {
      copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
      Files.createDirectories(base.resolve("deployments"));
      Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The API root.
   *
   * @return e.g. http://127.0.0.1:8180/heatcloud/api
   */
  public String api() {
    return "http://127.0.0.1:" + (8080 + offset) + "/heatcloud/api";
  }

  /**
   * Starts the server and waits until the platform is ready.
   *
   * @param timeout how long at most
   */
  public void start(Duration timeout) {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
        "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
        "-Djava.net.preferIPv4Stack=true"));
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console-" + (++starts) + ".log").toFile()));
    builder.environment().put("JAVA_OPTS", javaOptions);
    builder.environment().put("JBOSS_HOME", home.toString());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpClient http = HttpClient.newHttpClient();
    URI ready = URI.create("http://127.0.0.1:" + (8080 + offset) + "/heatcloud/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited, see " + base);
      }
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("the server was not ready within " + timeout + ", see " + base);
  }

  /**
   * Sets the JVM options of the next start.
   *
   * @param options e.g. {@code -Xmx2g}
   * @return this
   */
  public ServerProcess javaOptions(String options) {
    this.javaOptions = options;
    return this;
  }

  /**
   * The process id of the server's JVM.
   *
   * @return the pid of the java process started by standalone.sh
   */
  public long javaPid() {
    try (Stream<ProcessHandle> children = process.descendants()) {
      return children.filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
          .findFirst().map(ProcessHandle::pid).orElseThrow(() -> new IllegalStateException("no java process"));
    }
  }

  /** Kills the server's JVM with SIGKILL: no shutdown, as in a crash or a power cut. */
  public void kill() {
    if (process == null) {
      return;
    }
    try (Stream<ProcessHandle> children = process.descendants()) {
      children.forEach(ProcessHandle::destroyForcibly);
    }
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    kill();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
