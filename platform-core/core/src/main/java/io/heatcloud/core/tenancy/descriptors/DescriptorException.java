package io.heatcloud.core.tenancy.descriptors;

import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A descriptor that cannot be read, with every problem found. */
public class DescriptorException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errors the problems
   */
  public DescriptorException(List<FieldError> errors) {
    super(
        "描述文件无效 / invalid descriptor: "
            + errors.stream().map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.message())
                .collect(Collectors.joining("; ")),
        errors);
  }
}
