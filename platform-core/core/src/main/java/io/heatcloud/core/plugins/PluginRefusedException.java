package io.heatcloud.core.plugins;

/**
 * A plugin archive was refused: its descriptor is invalid, its {@code Plugin-Requires} does not
 * match the platform's API version, or it failed to start. The message says which, for the
 * administrator; the platform keeps running unchanged.
 */
public class PluginRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the reason, for the administrator
   */
  public PluginRefusedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the reason
   * @param cause the failure
   */
  public PluginRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
