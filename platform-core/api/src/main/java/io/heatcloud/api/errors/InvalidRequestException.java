package io.heatcloud.api.errors;

import java.util.List;

/** The request is malformed or a value is invalid (400). */
public class InvalidRequestException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the problem.
   *
   * @param detail what went wrong, for the user
   */
  public InvalidRequestException(String detail) {
    super(400, "invalid-request", detail, List.of());
  }

  /**
   * Creates the problem with the fields at fault.
   *
   * @param detail what went wrong, for the user
   * @param fieldErrors the fields at fault
   */
  public InvalidRequestException(String detail, List<FieldError> fieldErrors) {
    super(400, "invalid-request", detail, fieldErrors);
  }
}
