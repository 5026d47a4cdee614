package io.heatcloud.api.errors;

import java.util.List;

/** The object does not exist or is not visible to the caller (404). The platform never tells the two apart, so that ids of other tenants cannot be probed. */
public class NotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the problem.
   *
   * @param detail what went wrong, for the user
   */
  public NotFoundException(String detail) {
    super(404, "not-found", detail, List.of());
  }

  /**
   * Creates the problem with the fields at fault.
   *
   * @param detail what went wrong, for the user
   * @param fieldErrors the fields at fault
   */
  public NotFoundException(String detail, List<FieldError> fieldErrors) {
    super(404, "not-found", detail, fieldErrors);
  }
}
