package io.heatcloud.plugins.paysim;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.payments.PaymentGateway;
import org.pf4j.Extension;

/** Offers the simulated gateway to the payments module. */
@Extension
public class PaysimServices implements ServiceContribution<PaymentGateway> {

  @Override
  public Class<PaymentGateway> type() {
    return PaymentGateway.class;
  }

  @Override
  public PaymentGateway create(ModuleContext context) {
    return new PaysimGateway(context);
  }
}
