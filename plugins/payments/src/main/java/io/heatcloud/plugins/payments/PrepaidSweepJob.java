package io.heatcloud.plugins.payments;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.jobs.JobSchedule;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.plugins.payments.application.PrepaidSweep;
import java.time.Duration;
import org.pf4j.Extension;

/** Every 30 minutes, applies prepaid balances to new charges (setting {@code autoApplyPrepaid}). */
@Extension
public class PrepaidSweepJob implements ScheduledJob {

  @Override
  public String id() {
    return "apply-prepaid-balances";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofMinutes(30));
  }

  @Override
  public void run(ModuleContext context) {
    new PrepaidSweep(context).scheduled();
  }
}
