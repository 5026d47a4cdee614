package io.heatcloud.web.faces;

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

  private List<CompanyOverview> rows;

  @PostConstruct
  void init() {
    refresh();
  }

  /** Reads the figures again. */
  public void refresh() {
    rows = organisation.overview(Faces.user());
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
