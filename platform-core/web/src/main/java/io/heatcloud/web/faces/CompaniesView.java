package io.heatcloud.web.faces;

import io.heatcloud.core.indicators.IndicatorResult;
import io.heatcloud.core.indicators.IndicatorService;
import io.heatcloud.core.indicators.RolledUpIndicator;
import io.heatcloud.core.tenancy.application.CompanyOverview;
import io.heatcloud.core.tenancy.application.OrganisationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** Every company the user may see, side by side. */
@Named
@ViewScoped
public class CompaniesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrganisationService organisation;
  @Inject transient IndicatorService indicators;

  private List<CompanyOverview> rows;
  private List<IndicatorResult> indicatorResults;
  private List<RolledUpIndicator> rolledUp;

  @PostConstruct
  void init() {
    refresh();
  }

  /** Reads the figures again. */
  public void refresh() {
    rows = organisation.overview(Faces.user());
    indicatorResults = indicators.forVisibleCompanies(Faces.user());
    rolledUp = IndicatorService.rollUp(indicatorResults);
  }

  /**
   * The indicators of a company as text.
   *
   * @param row the company's row
   * @return e.g. {@code 有效通知数 3}
   */
  public String indicators(CompanyOverview row) {
    return indicatorResults.stream()
        .filter(r -> r.company().equals(row.company().code()))
        .map(r -> r.definition().name().in(Faces.locale()) + " "
            + (r.value() == null ? "—" : r.value().toPlainString()) + r.definition().unit())
        .collect(Collectors.joining(", "));
  }

  public List<RolledUpIndicator> getRolledUp() {
    return rolledUp;
  }

  public List<CompanyOverview> getRows() {
    return rows;
  }

  /**
   * The modules of a row as text.
   *
   * @param row the row
   * @return e.g. {@code notices 1.0.0}
   */
  public String modules(CompanyOverview row) {
    return row.modules().stream()
        .map(m -> m.pluginId() + " " + (m.migratedVersion() == null ? "" : m.migratedVersion())
            + (m.loaded() ? "" : " (未安装/not installed)"))
        .collect(Collectors.joining(", "));
  }
}
