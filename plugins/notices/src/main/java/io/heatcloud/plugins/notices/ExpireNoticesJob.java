package io.heatcloud.plugins.notices;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.jobs.JobSchedule;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.plugins.notices.application.NoticeService;
import java.time.LocalTime;
import org.pf4j.Extension;

/** Archives notices past their end date, daily at 01:00; running it twice changes nothing. */
@Extension
public class ExpireNoticesJob implements ScheduledJob {

  @Override
  public String id() {
    return "expire-notices";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.daily(LocalTime.of(1, 0));
  }

  @Override
  public void run(ModuleContext context) {
    new NoticeService(context).expireOutdated();
  }
}
