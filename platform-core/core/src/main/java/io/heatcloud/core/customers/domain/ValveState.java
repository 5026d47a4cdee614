package io.heatcloud.core.customers.domain;

/** The state of a room's heating valve. */
public enum ValveState {
  /** Heating on. */
  OPEN,
  /** Heating off (e.g. suspended for the season). */
  CLOSED,
  /** Throttled (e.g. for arrears, where local rules allow). */
  RESTRICTED
}
