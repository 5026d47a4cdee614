package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.plugins.billing.rest.BillingResource;
import org.pf4j.Extension;

/** Mounts {@link BillingResource} at {@code /api/modules/billing}. */
@Extension
public class BillingRest implements RestContribution {

  @Override
  public Object resource(ModuleContext context) {
    return new BillingResource(context);
  }
}
