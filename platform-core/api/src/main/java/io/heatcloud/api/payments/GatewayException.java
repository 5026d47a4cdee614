package io.heatcloud.api.payments;

/** A gateway call that failed, or a notification that was refused. */
public class GatewayException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean rejected;

  /**
   * A failure.
   *
   * @param message what happened
   * @param rejected true when the request was refused as forged, stale or replayed (as opposed to a
   *     gateway that could not be reached or answered an error)
   * @param cause the cause, or null
   */
  public GatewayException(String message, boolean rejected, Throwable cause) {
    super(message, cause);
    this.rejected = rejected;
  }

  /**
   * Whether the request was refused as forged, stale or replayed.
   *
   * @return true when refused
   */
  public boolean rejected() {
    return rejected;
  }
}
