package io.heatcloud.plugins.payments;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.jobs.JobSchedule;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.plugins.payments.application.OnlineService;
import java.time.Duration;
import org.pf4j.Extension;

/**
 * Every minute, asks the gateways about online orders whose notification has not arrived (lost,
 * timed out, or the server was down) and posts or closes them.
 */
@Extension
public class OpenOrdersJob implements ScheduledJob {

  @Override
  public String id() {
    return "query-open-orders";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofMinutes(1));
  }

  @Override
  public void run(ModuleContext context) {
    new OnlineService(context).queryOpenOrders();
  }
}
