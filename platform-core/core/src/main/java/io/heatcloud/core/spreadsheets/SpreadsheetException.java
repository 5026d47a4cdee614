package io.heatcloud.core.spreadsheets;

import io.heatcloud.api.errors.InvalidRequestException;

/** An uploaded file that cannot be read; the message says why. */
public class SpreadsheetException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why
   */
  public SpreadsheetException(String message) {
    super(message);
  }
}
