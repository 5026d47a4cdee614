package io.heatcloud.core.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.api.jobs.JobSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JobSchedulerTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void intervalJobsRunWhenTheIntervalHasPassed() {
    JobSchedule every = JobSchedule.every(Duration.ofMinutes(10));
    Instant now = Instant.parse("2026-11-29T08:00:00Z");
    assertTrue(JobScheduler.isDue(every, null, now, SHANGHAI));
    assertFalse(JobScheduler.isDue(every, now.minusSeconds(300), now, SHANGHAI));
    assertTrue(JobScheduler.isDue(every, now.minusSeconds(600), now, SHANGHAI));
  }

  @Test
  void dailyJobsRunOncePerLocalDayAfterTheirTime() {
    JobSchedule daily = JobSchedule.daily(LocalTime.of(1, 0));
    Instant beforeOne = Instant.parse("2026-11-28T16:30:00Z"); // 00:30 in Shanghai on the 29th
    Instant afterOne = Instant.parse("2026-11-28T17:30:00Z"); // 01:30 on the 29th
    assertFalse(JobScheduler.isDue(daily, null, beforeOne, SHANGHAI));
    assertTrue(JobScheduler.isDue(daily, null, afterOne, SHANGHAI));
    assertFalse(JobScheduler.isDue(daily, afterOne, afterOne.plusSeconds(3600), SHANGHAI), "once a day");
    assertTrue(JobScheduler.isDue(daily, afterOne, afterOne.plus(Duration.ofDays(1)), SHANGHAI));
  }
}
