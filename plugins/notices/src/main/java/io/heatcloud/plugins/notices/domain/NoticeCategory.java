package io.heatcloud.plugins.notices.domain;

/** What a notice is about. */
public enum NoticeCategory {
  /** Start or end of the heating season. */
  HEATING_SEASON,
  /** Planned or emergency outage, maintenance. */
  OUTAGE,
  /** Tariffs, payment deadlines, invoices. */
  BILLING,
  /** Anything else. */
  GENERAL
}
