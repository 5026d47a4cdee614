package io.heatcloud.api.errors;

import java.util.List;

/** The request conflicts with the current state, e.g. a duplicate code or a concurrent change (409). */
public class ConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the problem.
   *
   * @param detail what went wrong, for the user
   */
  public ConflictException(String detail) {
    super(409, "conflict", detail, List.of());
  }

  /**
   * Creates the problem with the fields at fault.
   *
   * @param detail what went wrong, for the user
   * @param fieldErrors the fields at fault
   */
  public ConflictException(String detail, List<FieldError> fieldErrors) {
    super(409, "conflict", detail, fieldErrors);
  }
}
