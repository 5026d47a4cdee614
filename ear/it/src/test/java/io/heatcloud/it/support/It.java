package io.heatcloud.it.support;

import java.nio.file.Path;

/** The settings the build passes to the tests (see the failsafe configuration). */
public final class It {

  /** Where the application answers. */
  public static final String BASE = System.getProperty("heatcloud.it.base", "http://localhost:8080/heatcloud");

  /** The REST root. */
  public static final String API = BASE + "/api";

  /** The application's health endpoints. */
  public static final String HEALTH = BASE + "/health";

  private It() {}

  /**
   * A required system property.
   *
   * @param name the name
   * @return the value
   */
  public static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set: run the tests with mvn verify");
    }
    return value;
  }

  /**
   * The watched tenants directory of the server under test.
   *
   * @return the path
   */
  public static Path tenantsDir() {
    return Path.of(property("heatcloud.it.run.dir"), "tenants");
  }

  /**
   * The watched plugins directory of the server under test.
   *
   * @return the path
   */
  public static Path pluginsDir() {
    return Path.of(property("heatcloud.it.run.dir"), "plugins");
  }

  /**
   * A plugin archive built for the tests.
   *
   * @param name e.g. {@code probe-v1.jar}
   * @return the path
   */
  public static Path archive(String name) {
    return Path.of(property("heatcloud.it.archives.dir"), name);
  }
}
