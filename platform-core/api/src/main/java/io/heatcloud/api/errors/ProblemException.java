package io.heatcloud.api.errors;

import java.util.List;

/**
 * A failure the user can understand and act on, with the HTTP status it maps to.
 *
 * <p>The message is shown to the user as the problem's {@code detail}: write it for them, in the
 * language of the request where it matters, and never include secrets or other tenants' data.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final List<FieldError> fieldErrors;

  /**
   * Creates a problem.
   *
   * @param status the HTTP status, 4xx
   * @param type a short problem type such as {@code invalid-request}; it becomes {@code
   *     urn:heatcloud:problem:<type>}
   * @param detail what went wrong, for the user
   * @param fieldErrors the fields at fault, may be empty
   */
  public ProblemException(int status, String type, String detail, List<FieldError> fieldErrors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /**
   * The HTTP status.
   *
   * @return the status code
   */
  public int status() {
    return status;
  }

  /**
   * The short problem type.
   *
   * @return e.g. {@code not-found}
   */
  public String type() {
    return type;
  }

  /**
   * The fields at fault.
   *
   * @return the field errors, possibly empty
   */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /**
   * One field with a bad value.
   *
   * @param field the field's name as the client sent it
   * @param message why the value is refused
   */
  public record FieldError(String field, String message) implements java.io.Serializable {}
}
