package io.heatcloud.api.errors;

import java.util.List;

/** The request is well-formed but breaks a business rule (422). */
public class UnprocessableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the problem.
   *
   * @param detail what went wrong, for the user
   */
  public UnprocessableException(String detail) {
    super(422, "unprocessable", detail, List.of());
  }

  /**
   * Creates the problem with the fields at fault.
   *
   * @param detail what went wrong, for the user
   * @param fieldErrors the fields at fault
   */
  public UnprocessableException(String detail, List<FieldError> fieldErrors) {
    super(422, "unprocessable", detail, fieldErrors);
  }
}
