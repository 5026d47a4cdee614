package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.lifecycle.ModuleLifecycle;
import io.heatcloud.plugins.billing.application.Onboarding;
import org.pf4j.Extension;

/** On a company's first enablement: the current season, reference prices, closed valves as suspensions. */
@Extension
public class BillingLifecycle implements ModuleLifecycle {

  @Override
  public void enabled(ModuleContext context) {
    new Onboarding(context).firstSeasonIfNone();
  }
}
