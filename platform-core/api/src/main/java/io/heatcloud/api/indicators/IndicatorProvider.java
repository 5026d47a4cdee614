package io.heatcloud.api.indicators;

import io.heatcloud.api.context.ModuleContext;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Indicators a module computes for a company. The platform shows them per company and rolls them
 * up over the companies a user may see, one company (one transaction) at a time.
 */
public interface IndicatorProvider extends ExtensionPoint {

  /**
   * The indicators this module computes.
   *
   * @return their definitions; codes start with the plugin id and a dot
   */
  List<IndicatorDefinition> indicators();

  /**
   * Computes one indicator for the context's company, today.
   *
   * @param code one of the codes from {@link #indicators()}
   * @param context the company's context
   * @return the value
   */
  IndicatorValue compute(String code, ModuleContext context);
}
