package io.heatcloud.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The deployment's settings. Each is a system property, or the environment variable named in
 * brackets, with the default shown:
 *
 * <ul>
 *   <li>{@code heatcloud.tenants.dir} [HEATCLOUD_TENANTS_DIR], {@code ./tenants}: the watched
 *       directory of organisation descriptors;
 *   <li>{@code heatcloud.plugins.dir} [HEATCLOUD_PLUGINS_DIR], {@code ./plugins}: the watched
 *       directory of plugin archives;
 *   <li>{@code heatcloud.files.dir} [HEATCLOUD_FILES_DIR], {@code ./files}: uploaded imports and
 *       their reports, one folder per company;
 *   <li>{@code heatcloud.watch.interval-ms}, 1000: how often both directories are scanned;
 *   <li>{@code heatcloud.security.lockout.attempts}, 5; {@code heatcloud.security.lockout.minutes},
 *       15: failed logins before a lockout, and its length;
 *   <li>{@code heatcloud.security.session.idle-minutes}, 15; {@code
 *       heatcloud.security.session.absolute-hours}, 8: session and API token limits;
 *   <li>{@code heatcloud.security.password.min-length}, 12: staff passwords;
 *   <li>{@code heatcloud.security.pbkdf2.iterations}, 600000;
 *   <li>{@code heatcloud.timezone}, Asia/Shanghai;
 *   <li>{@code heatcloud.public-url} [HEATCLOUD_PUBLIC_URL], {@code http://localhost:8080/heatcloud/}:
 *       the address outside systems and customers reach the platform at (gateway callbacks, links).
 * </ul>
 */
@ApplicationScoped
public class PlatformConfig {

  /**
   * The directory of organisation descriptors.
   *
   * @return an absolute path
   */
  public Path tenantsDirectory() {
    return Path.of(value("heatcloud.tenants.dir", "HEATCLOUD_TENANTS_DIR", "tenants"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The directory of plugin archives.
   *
   * @return an absolute path
   */
  public Path pluginsDirectory() {
    return Path.of(value("heatcloud.plugins.dir", "HEATCLOUD_PLUGINS_DIR", "plugins"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The directory of files the platform keeps: uploaded imports and their reports, per company.
   *
   * @return an absolute path
   */
  public Path filesDirectory() {
    return Path.of(value("heatcloud.files.dir", "HEATCLOUD_FILES_DIR", "files")).toAbsolutePath().normalize();
  }

  /**
   * How often the watched directories are scanned.
   *
   * @return the interval
   */
  public Duration watchInterval() {
    return Duration.ofMillis(number("heatcloud.watch.interval-ms", 1000));
  }

  /**
   * Failed logins in a row that lock an account.
   *
   * @return the count
   */
  public int lockoutAttempts() {
    return (int) number("heatcloud.security.lockout.attempts", 5);
  }

  /**
   * How long a lockout lasts.
   *
   * @return the duration
   */
  public Duration lockoutDuration() {
    return Duration.ofMinutes(number("heatcloud.security.lockout.minutes", 15));
  }

  /**
   * Idle timeout of staff sessions and API tokens.
   *
   * @return the duration
   */
  public Duration sessionIdleTimeout() {
    return Duration.ofMinutes(number("heatcloud.security.session.idle-minutes", 15));
  }

  /**
   * Absolute lifetime of staff sessions and API tokens.
   *
   * @return the duration
   */
  public Duration sessionAbsoluteTimeout() {
    return Duration.ofHours(number("heatcloud.security.session.absolute-hours", 8));
  }

  /**
   * Minimum length of staff passwords.
   *
   * @return characters
   */
  public int passwordMinLength() {
    return (int) number("heatcloud.security.password.min-length", 12);
  }

  /**
   * PBKDF2 iterations for new password hashes.
   *
   * @return iterations
   */
  public int pbkdf2Iterations() {
    return (int) number("heatcloud.security.pbkdf2.iterations", 600_000);
  }

  /**
   * The platform's time zone for dates shown and daily jobs.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return ZoneId.of(value("heatcloud.timezone", "HEATCLOUD_TIMEZONE", "Asia/Shanghai"));
  }

  /**
   * The platform's public base URL.
   *
   * @return the URL, ending with a slash
   */
  public String publicUrl() {
    String url = value("heatcloud.public-url", "HEATCLOUD_PUBLIC_URL", "http://localhost:8080/heatcloud/");
    return url.endsWith("/") ? url : url + "/";
  }

  /**
   * How long a token confirmed with an authenticator code may do sensitive money operations.
   *
   * @return the window (default 5 minutes)
   */
  public Duration secondFactorWindow() {
    return Duration.ofMinutes(number("heatcloud.security.second-factor-minutes", 5));
  }

  /**
   * The key that encrypts stored secrets (TOTP secrets), base64 of 32 bytes; when not set, a key is
   * generated once into {@code secrets.key} under the files directory.
   *
   * @return the configured key, or null
   */
  public String secretsKey() {
    String key = value("heatcloud.secrets.key", "HEATCLOUD_SECRETS_KEY", "");
    return key.isBlank() ? null : key.strip();
  }

  private static long number(String property, long defaultValue) {
    String text = System.getProperty(property);
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException("system property " + property + " is not a number: " + text);
    }
  }

  private static String value(String property, String environment, String defaultValue) {
    String text = System.getProperty(property);
    if (text == null || text.isBlank()) {
      text = System.getenv(environment);
    }
    return text == null || text.isBlank() ? defaultValue : text;
  }
}
