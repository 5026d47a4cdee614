package io.heatcloud.plugins.payments;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.plugins.payments.rest.PaymentsResource;
import org.pf4j.Extension;

/** Mounts {@link PaymentsResource} at {@code /api/modules/payments}. */
@Extension
public class PaymentsRest implements RestContribution {

  @Override
  public Object resource(ModuleContext context) {
    return new PaymentsResource(context);
  }
}
