package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.jobs.JobSchedule;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.plugins.billing.application.LateFeeService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.pf4j.Extension;

/** Accrues late fees through yesterday, daily at 00:30; running it twice a day changes nothing. */
@Extension
public class LateFeeJob implements ScheduledJob {

  @Override
  public String id() {
    return "accrue-late-fees";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.daily(LocalTime.of(0, 30));
  }

  @Override
  public void run(ModuleContext context) {
    new LateFeeService(context).accrue(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
  }
}
