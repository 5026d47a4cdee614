package io.heatcloud.plugins.paysim;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.rest.PublicRestContribution;
import org.pf4j.Extension;

/** Serves the simulated gateway at {@code /api/public/modules/{company}/paysim}. */
@Extension
public class PaysimPublicRest implements PublicRestContribution {

  @Override
  public Object resource(ModuleContext context) {
    return new GatewayResource(context);
  }
}
