package io.heatcloud.core.tenancy.domain;

/** The state of a node; for companies, of their schema too. */
public enum NodeStatus {
  /** The company's schema is being created and migrated. */
  PROVISIONING,
  /** In service. */
  ACTIVE,
  /** Provisioning or a migration failed; the message says why. Retried at the next boot. */
  FAILED,
  /** Switched off by an administrator: its users cannot log in. */
  DISABLED
}
