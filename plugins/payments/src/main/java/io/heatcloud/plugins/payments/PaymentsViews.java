package io.heatcloud.plugins.payments;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.view.ViewContribution;
import io.heatcloud.plugins.payments.web.CounterViewModel;
import io.heatcloud.plugins.payments.web.PaymentsViewModel;
import io.heatcloud.plugins.payments.web.ReconciliationViewModel;
import java.util.Map;
import java.util.function.Function;
import org.pf4j.Extension;

/** The payments module's pages: {@code views/counter.xhtml}, {@code views/payments.xhtml} and {@code views/reconciliation.xhtml}. */
@Extension
public class PaymentsViews implements ViewContribution {

  @Override
  public Map<String, Function<ModuleContext, Object>> viewModels() {
    return Map.of("counter", CounterViewModel::new, "payments", PaymentsViewModel::new,
        "recon", ReconciliationViewModel::new);
  }
}
