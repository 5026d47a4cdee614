package io.heatcloud.core.migration;

/** A migration failed; the message names the schema, the changelog and the cause. */
public class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the cause
   */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
