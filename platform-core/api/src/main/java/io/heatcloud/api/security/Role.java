package io.heatcloud.api.security;

/**
 * The five roles of the platform. A user holds one role, bound to one node of the organisation
 * tree (the group, a region or a company); what the role allows applies to that node's subtree.
 */
public enum Role {
  /** Group headquarters administrator: the whole tree, plugin archives, users everywhere. */
  GROUP_ADMIN,
  /** Regional company administrator: the companies of its region, their modules and users. */
  REGIONAL_ADMIN,
  /** Administrator of one company: its users and its modules' administrative functions. */
  COMPANY_ADMIN,
  /** Operator of one company: the modules enabled for that company. */
  COMPANY_OPERATOR,
  /** Reads the audit log of its node's subtree and changes nothing. */
  AUDITOR;

  /**
   * Whether the role works inside one company (and so has a tenant).
   *
   * @return true for company administrators and operators
   */
  public boolean isCompanyRole() {
    return this == COMPANY_ADMIN || this == COMPANY_OPERATOR;
  }
}
