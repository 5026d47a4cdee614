package io.heatcloud.core.tenancy;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names of PostgreSQL schemas: the platform's own and one per company. */
public final class SchemaNames {

  /** The schema of the organisation tree, users, plugin registry and audit log. */
  public static final String PLATFORM = "platform";

  /**
   * The schema set on pooled connections that serve no tenant. It holds no tables, so a connection
   * that leaked out of a tenant's transaction sees nothing of any company.
   */
  public static final String NEUTRAL = "hc_none";

  private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]{1,62}");

  private SchemaNames() {}

  /**
   * The schema of a company.
   *
   * @param companyCode the company code, upper-case letters and digits
   * @return {@code t_} and the code in lower case
   */
  public static String forCompany(String companyCode) {
    return requireValid("t_" + companyCode.toLowerCase(Locale.ROOT));
  }

  /**
   * Checks that a schema name is a plain lower-case identifier, so that it can be used in DDL.
   *
   * @param schema the name
   * @return the name
   * @throws IllegalArgumentException when it is not
   */
  public static String requireValid(String schema) {
    if (schema == null || !VALID.matcher(schema).matches()) {
      throw new IllegalArgumentException("not a valid schema name: " + schema);
    }
    return schema;
  }
}
