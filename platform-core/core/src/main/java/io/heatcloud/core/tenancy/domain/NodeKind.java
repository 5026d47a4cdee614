package io.heatcloud.core.tenancy.domain;

/** The three levels of the organisation tree. */
public enum NodeKind {
  /** The group headquarters: the root, exactly one. */
  GROUP,
  /** A regional company: a child of the group. */
  REGION,
  /** A subsidiary heat company: a child of a region, and a tenant with its own schema. */
  COMPANY;

  /**
   * The kind a parent of this kind must have.
   *
   * @return the parent kind, or null for the group
   */
  public NodeKind parentKind() {
    return switch (this) {
      case GROUP -> null;
      case REGION -> GROUP;
      case COMPANY -> REGION;
    };
  }
}
