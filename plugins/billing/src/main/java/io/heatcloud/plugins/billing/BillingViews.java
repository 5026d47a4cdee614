package io.heatcloud.plugins.billing;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.view.ViewContribution;
import io.heatcloud.plugins.billing.web.ArrearsViewModel;
import io.heatcloud.plugins.billing.web.CasesViewModel;
import io.heatcloud.plugins.billing.web.RunsViewModel;
import io.heatcloud.plugins.billing.web.SeasonsViewModel;
import io.heatcloud.plugins.billing.web.StatementViewModel;
import java.util.Map;
import java.util.function.Function;
import org.pf4j.Extension;

/** The billing pages ({@code views/*.xhtml}) and their view models. */
@Extension
public class BillingViews implements ViewContribution {

  @Override
  public Map<String, Function<ModuleContext, Object>> viewModels() {
    return Map.of(
        "seasons", SeasonsViewModel::new,
        "runs", RunsViewModel::new,
        "statement", StatementViewModel::new,
        "arrears", ArrearsViewModel::new,
        "cases", CasesViewModel::new);
  }
}
