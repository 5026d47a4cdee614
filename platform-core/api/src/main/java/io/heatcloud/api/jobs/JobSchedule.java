package io.heatcloud.api.jobs;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a {@link ScheduledJob} runs: at a fixed interval, or daily at a time of day (platform time
 * zone, Asia/Shanghai by default).
 *
 * @param interval the interval, or null for a daily job
 * @param dailyAt the time of day, or null for an interval job
 */
public record JobSchedule(Duration interval, LocalTime dailyAt) implements Serializable {

  /**
   * Checks that exactly one of the two is given and the interval is at least a minute.
   *
   * @param interval see the record component
   * @param dailyAt see the record component
   */
  public JobSchedule {
    if ((interval == null) == (dailyAt == null)) {
      throw new IllegalArgumentException("give either an interval or a daily time");
    }
    if (interval != null && interval.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("the shortest interval is one minute");
    }
  }

  /**
   * A job run every {@code interval}.
   *
   * @param interval at least one minute
   * @return the schedule
   */
  public static JobSchedule every(Duration interval) {
    return new JobSchedule(Objects.requireNonNull(interval), null);
  }

  /**
   * A job run once a day.
   *
   * @param time the time of day
   * @return the schedule
   */
  public static JobSchedule daily(LocalTime time) {
    return new JobSchedule(null, Objects.requireNonNull(time));
  }
}
