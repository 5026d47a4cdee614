package io.heatcloud.core.customers.domain;

/** How a room's heating is billed. */
public enum HeatingMode {
  /** By heated area. */
  AREA,
  /** Two-part: a base per m² plus the metered heat in GJ (needs a heat meter). */
  METERED
}
