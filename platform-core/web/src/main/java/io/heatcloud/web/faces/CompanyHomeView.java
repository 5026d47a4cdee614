package io.heatcloud.web.faces;

import io.heatcloud.api.module.MenuItem;
import io.heatcloud.core.customers.application.AccountService;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/** The start page of a company's users: the company, its accounts and its modules. */
@Named
@RequestScoped
public class CompanyHomeView {

  @Inject ModuleRegistry modules;
  @Inject OrgDirectory directory;
  @Inject AccountService accounts;

  private NodeView company;
  private long accountCount;
  private List<ModuleCard> cards;

  @PostConstruct
  void init() {
    AuthenticatedUser user = Faces.user();
    company = directory.activeCompany(user.tenantCode()).orElseThrow();
    accountCount = accounts.count(company.tenant());
    Set<String> permissions = modules.permissionsOf(user);
    cards = modules.enabledModules(company.code()).stream()
        .map(m -> new ModuleCard(m.id(), m.info().name().in(Faces.locale()),
            m.info().description().in(Faces.locale()), m.version(), entries(m, permissions)))
        .toList();
  }

  private static List<Entry> entries(LoadedModule module, Set<String> permissions) {
    return module.info().menu().stream()
        .filter(i -> i.permission() == null || permissions.contains(i.permission()))
        .map((MenuItem i) -> new Entry(i.label().in(Faces.locale()), "/modules/" + module.id() + "/" + i.view(), i.icon()))
        .toList();
  }

  public NodeView getCompany() {
    return company;
  }

  public long getAccountCount() {
    return accountCount;
  }

  public List<ModuleCard> getCards() {
    return cards;
  }

  /**
   * A module on the home page.
   *
   * @param id the plugin id
   * @param name its name
   * @param description what it does
   * @param version its version
   * @param entries its menu entries the user may open
   */
  public record ModuleCard(String id, String name, String description, String version, List<Entry> entries) {}

  /**
   * A menu entry.
   *
   * @param label the text
   * @param url the view
   * @param icon the icon
   */
  public record Entry(String label, String url, String icon) {}
}
