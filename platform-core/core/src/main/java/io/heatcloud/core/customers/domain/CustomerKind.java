package io.heatcloud.core.customers.domain;

/** A customer is a person or an organisation. */
public enum CustomerKind {
  /** A household. */
  PERSON,
  /** A company, school, shop, public body. */
  ORGANISATION
}
