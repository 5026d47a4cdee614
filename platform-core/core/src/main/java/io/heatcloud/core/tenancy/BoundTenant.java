package io.heatcloud.core.tenancy;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A company as the persistence layer sees it: its code and its schema.
 *
 * @param code the company code, e.g. {@code YTRL}
 * @param schema the PostgreSQL schema, e.g. {@code t_ytrl}
 */
public record BoundTenant(String code, String schema) implements Serializable {

  /** Checks that the schema is a safe identifier. */
  public BoundTenant {
    Objects.requireNonNull(code, "code");
    SchemaNames.requireValid(schema);
  }

  /**
   * The binding of a company by its code, with the schema derived by {@link SchemaNames}.
   *
   * @param code the company code
   * @return the binding
   */
  public static BoundTenant ofCode(String code) {
    return new BoundTenant(code, SchemaNames.forCompany(code));
  }

  @Override
  public String toString() {
    return code.toUpperCase(Locale.ROOT) + "(" + schema + ")";
  }
}
