package io.heatcloud.core.security;

/**
 * The platform operations the authorisation matrix ({@code security/authorisation-matrix.csv})
 * rules on. Module permissions defined by plugins are checked separately, within the user's own
 * company.
 */
public enum Operation {
  /** See a node and its figures. */
  ORG_VIEW("org.view"),
  /** Create a region under the group. */
  ORG_CREATE_REGION("org.create-region"),
  /** Create a company under a region. */
  ORG_CREATE_COMPANY("org.create-company"),
  /** Rename, disable or enable a node. */
  ORG_UPDATE("org.update"),
  /** Enable or disable a module for a company, change its settings. */
  MODULES_ENABLE("modules.enable"),
  /** Install, upgrade and remove plugin archives (platform-wide). */
  PLUGINS_MANAGE("plugins.manage"),
  /** List users. */
  USERS_VIEW("users.view"),
  /** Create, disable, unlock users. */
  USERS_MANAGE("users.manage"),
  /** Read the audit log. */
  AUDIT_VIEW("audit.view"),
  /** Read the customer archive of a company. */
  ACCOUNTS_VIEW("accounts.view"),
  /** Change the customer archive of a company: create, edit, close, import. */
  ACCOUNTS_MANAGE("accounts.manage"),
  /** See ID numbers and phones unmasked. */
  CUSTOMERS_PERSONAL_DATA("customers.personal-data"),
  /** Set the group's coding rules. */
  CODING_MANAGE("coding.manage");

  private final String code;

  Operation(String code) {
    this.code = code;
  }

  /**
   * The operation's code in the matrix file.
   *
   * @return e.g. {@code org.view}
   */
  public String code() {
    return code;
  }

  /**
   * The operation with a code.
   *
   * @param code the code
   * @return the operation
   * @throws IllegalArgumentException for unknown codes
   */
  public static Operation ofCode(String code) {
    for (Operation operation : values()) {
      if (operation.code.equals(code)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("unknown operation: " + code);
  }
}
