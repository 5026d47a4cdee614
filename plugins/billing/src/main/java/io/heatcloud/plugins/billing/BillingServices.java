package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.receivables.Receivables;
import io.heatcloud.plugins.billing.application.BillingReceivables;
import org.pf4j.Extension;

/** Offers the receivables ledger to other modules (payments settles bills through it). */
@Extension
public class BillingServices implements ServiceContribution<Receivables> {

  @Override
  public Class<Receivables> type() {
    return Receivables.class;
  }

  @Override
  public Receivables create(ModuleContext context) {
    return new BillingReceivables(context);
  }
}
