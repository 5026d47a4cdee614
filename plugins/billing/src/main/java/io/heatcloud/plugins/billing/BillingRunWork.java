package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.jobs.AccountBatchWork;
import io.heatcloud.plugins.billing.application.RunService;
import io.heatcloud.plugins.billing.application.RunWork;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The billing run as the platform's batch work: each chunk of accounts is billed in its transaction. */
@Extension
public class BillingRunWork implements AccountBatchWork {

  @Override
  public String id() {
    return RunService.WORK_ID;
  }

  @Override
  public void process(ModuleContext context, Map<String, String> parameters, List<Long> accountIds) {
    RunWork.process(context, parameters, accountIds);
  }

  @Override
  public void ended(ModuleContext context, Map<String, String> parameters, String status) {
    RunWork.ended(context, parameters, status);
  }
}
