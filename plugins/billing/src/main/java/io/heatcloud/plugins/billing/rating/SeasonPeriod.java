package io.heatcloud.plugins.billing.rating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The heating days of a season, both ends included.
 *
 * @param start the first day
 * @param end the last day
 */
public record SeasonPeriod(LocalDate start, LocalDate end) {

  /**
   * Checks the order.
   *
   * @param start the first day
   * @param end the last day
   */
  public SeasonPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the season ends before it starts");
    }
  }

  /**
   * The number of heating days.
   *
   * @return e.g. 121 for 15 Nov to 15 Mar
   */
  public int days() {
    return (int) ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * The heating days from a day to the end of the season.
   *
   * @param day the first heated day (a resumption)
   * @return 0 when after the end, all days when on or before the start
   */
  public int daysFrom(LocalDate day) {
    if (day.isAfter(end)) {
      return 0;
    }
    if (!day.isAfter(start)) {
      return days();
    }
    return (int) ChronoUnit.DAYS.between(day, end) + 1;
  }
}
