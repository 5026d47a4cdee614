package io.heatcloud.api.errors;

import java.util.List;

/** The caller is authenticated but not allowed to do this (403). */
public class AccessDeniedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the problem.
   *
   * @param detail what went wrong, for the user
   */
  public AccessDeniedException(String detail) {
    super(403, "forbidden", detail, List.of());
  }

  /**
   * Creates the problem with the fields at fault.
   *
   * @param detail what went wrong, for the user
   * @param fieldErrors the fields at fault
   */
  public AccessDeniedException(String detail, List<FieldError> fieldErrors) {
    super(403, "forbidden", detail, fieldErrors);
  }
}
