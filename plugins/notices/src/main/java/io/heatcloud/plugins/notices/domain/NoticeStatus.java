package io.heatcloud.plugins.notices.domain;

/** The life of a notice. */
public enum NoticeStatus {
  /** Shown on the board. */
  PUBLISHED,
  /** Taken down by a publisher before its end. */
  WITHDRAWN,
  /** Past its end date, archived by the daily job. */
  EXPIRED
}
