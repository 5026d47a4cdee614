package io.heatcloud.core.indicators;

import io.heatcloud.api.indicators.IndicatorDefinition;
import io.heatcloud.api.indicators.IndicatorProvider;
import io.heatcloud.api.indicators.IndicatorValue;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleCalls;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Computes the modules' indicators per company and rolls them up. */
@ApplicationScoped
public class IndicatorService {

  private static final Logger LOG = Logger.getLogger(IndicatorService.class);

  @Inject ModuleRegistry registry;
  @Inject ModuleContexts contexts;
  @Inject AccessPolicy policy;

  /**
   * The indicators of every active company the user may see.
   *
   * @param user the user
   * @return one result per company and indicator
   */
  public List<IndicatorResult> forVisibleCompanies(AuthenticatedUser user) {
    List<IndicatorResult> results = new ArrayList<>();
    for (NodeView company : policy.nodesFor(user, Operation.ORG_VIEW)) {
      if (company.kind() == NodeKind.COMPANY && company.status() == NodeStatus.ACTIVE) {
        results.addAll(forCompany(company, user));
      }
    }
    return results;
  }

  private List<IndicatorResult> forCompany(NodeView company, AuthenticatedUser user) {
    List<IndicatorResult> results = new ArrayList<>();
    for (LoadedModule module : registry.enabledModules(company.code())) {
      for (IndicatorProvider provider : module.indicators()) {
        List<IndicatorDefinition> definitions = ModuleCalls.call(module, "indicators()", provider::indicators);
        for (IndicatorDefinition definition : definitions) {
          try {
            IndicatorValue value = ModuleCalls.call(module, "compute " + definition.code(),
                () -> provider.compute(definition.code(), contexts.create(module, company, user, null)));
            results.add(new IndicatorResult(company.code(), definition, value.value(), value.weight(), null));
          } catch (RuntimeException e) {
            LOG.warnf("indicator %s of %s failed: %s", definition.code(), company.code(), e.getMessage());
            results.add(new IndicatorResult(company.code(), definition, null, null, e.getMessage()));
          }
        }
      }
    }
    return results;
  }

  /**
   * Combines results of several companies: sums, or averages weighted by each value's weight.
   *
   * @param results per-company results
   * @return one figure per indicator, in first-seen order
   */
  public static List<RolledUpIndicator> rollUp(List<IndicatorResult> results) {
    Map<String, List<IndicatorResult>> byCode = new LinkedHashMap<>();
    for (IndicatorResult r : results) {
      if (r.value() != null) {
        byCode.computeIfAbsent(r.definition().code(), k -> new ArrayList<>()).add(r);
      }
    }
    List<RolledUpIndicator> rolled = new ArrayList<>();
    for (List<IndicatorResult> group : byCode.values()) {
      IndicatorDefinition definition = group.get(0).definition();
      BigDecimal value;
      if (definition.rollUp() == IndicatorDefinition.RollUp.SUM) {
        value = group.stream().map(IndicatorResult::value).reduce(BigDecimal.ZERO, BigDecimal::add);
      } else {
        BigDecimal weights = group.stream().map(IndicatorResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = group.stream().map(r -> r.value().multiply(r.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        value = weights.signum() == 0 ? null : weighted.divide(weights, 4, RoundingMode.HALF_UP);
      }
      rolled.add(new RolledUpIndicator(definition, value, group.size()));
    }
    return rolled;
  }
}
