package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.receivables.Suspensions;
import io.heatcloud.plugins.billing.application.BillingSuspensions;
import org.pf4j.Extension;

/** Offers suspension applications to the customer portal. */
@Extension
public class BillingSuspensionService implements ServiceContribution<Suspensions> {

  @Override
  public Class<Suspensions> type() {
    return Suspensions.class;
  }

  @Override
  public Suspensions create(ModuleContext context) {
    return new BillingSuspensions(context);
  }
}
