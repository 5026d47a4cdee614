package io.heatcloud.plugins.billing.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The heat a meter measured over a season: the reading closest to the end minus the reading
 * closest to the start, each at most {@value #WINDOW_DAYS} days away; unknown (null) until both
 * exist, so the metered charge is billed by the first run after the closing reading.
 */
public final class MeterConsumption {

  /** How far from the season's first and last day a reading may be. */
  public static final int WINDOW_DAYS = 15;

  private MeterConsumption() {}

  /**
   * A reading.
   *
   * @param day the day it was read
   * @param gj the register in GJ
   */
  public record Reading(LocalDate day, BigDecimal gj) {}

  /**
   * The season's consumption.
   *
   * @param readings the room's readings around the season
   * @param season the season
   * @return GJ, or null while a reading is missing
   */
  public static BigDecimal over(List<Reading> readings, SeasonPeriod season) {
    Reading first = closest(readings, season.start());
    Reading last = closest(readings, season.end());
    if (first == null || last == null || !last.day().isAfter(first.day())) {
      return null;
    }
    return last.gj().subtract(first.gj());
  }

  private static Reading closest(List<Reading> readings, LocalDate day) {
    Reading best = null;
    long bestDistance = Long.MAX_VALUE;
    for (Reading reading : readings) {
      long distance = Math.abs(ChronoUnit.DAYS.between(day, reading.day()));
      if (distance <= WINDOW_DAYS && distance < bestDistance) {
        best = reading;
        bestDistance = distance;
      }
    }
    return best;
  }
}
