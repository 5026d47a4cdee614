package io.heatcloud.plugins.payments;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.rest.PublicRestContribution;
import io.heatcloud.plugins.payments.rest.NotificationResource;
import org.pf4j.Extension;

/** Mounts {@link NotificationResource} at {@code /api/public/modules/{company}/payments}. */
@Extension
public class PaymentsPublicRest implements PublicRestContribution {

  @Override
  public Object resource(ModuleContext context) {
    return new NotificationResource(context);
  }
}
