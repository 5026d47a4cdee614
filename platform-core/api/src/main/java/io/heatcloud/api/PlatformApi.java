package io.heatcloud.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Version of this API and the rule by which plugins declare compatibility.
 *
 * <p>The API follows semantic versioning: a minor version adds extension points or methods with
 * defaults and never breaks a plugin built against an earlier minor version of the same major; a
 * major version may. A plugin therefore declares {@code Plugin-Requires: >=1.0.0 & <2.0.0} (PF4J
 * expression syntax) and the host refuses it, with a message naming both versions, when {@link
 * #VERSION} does not satisfy the expression.
 */
public final class PlatformApi {

  /** The version of this API, e.g. {@code 1.0.0}. */
  public static final String VERSION = readVersion();

  private PlatformApi() {}

  private static String readVersion() {
    try (InputStream in =
        PlatformApi.class.getResourceAsStream("/META-INF/heatcloud/api.properties")) {
      if (in == null) {
        throw new IllegalStateException("META-INF/heatcloud/api.properties is missing");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("api.version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
