package io.heatcloud.plugins.payments;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.payments.OnlinePayments;
import io.heatcloud.plugins.payments.application.PortalPayments;
import org.pf4j.Extension;

/** Offers online payments, history and receipts to the customer portal. */
@Extension
public class PaymentsServices implements ServiceContribution<OnlinePayments> {

  @Override
  public Class<OnlinePayments> type() {
    return OnlinePayments.class;
  }

  @Override
  public OnlinePayments create(ModuleContext context) {
    return new PortalPayments(context);
  }
}
