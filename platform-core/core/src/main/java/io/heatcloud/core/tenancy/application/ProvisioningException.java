package io.heatcloud.core.tenancy.application;

/** A company's node exists but its schema could not be prepared; it is marked FAILED. */
public class ProvisioningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause why
   */
  public ProvisioningException(String message, Throwable cause) {
    super(message, cause);
  }
}
