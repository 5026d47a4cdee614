package io.heatcloud.web.faces;

import io.heatcloud.api.module.MenuItem;
import io.heatcloud.api.security.Role;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.security.Operation;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The menu of the current user: the console pages their role allows, and for company users the
 * menu entries of the modules their company enabled (and they hold the permission of).
 */
@Named
@RequestScoped
public class Navigation {

  @Inject AccessPolicy policy;
  @Inject ModuleRegistry modules;
  @Inject OrgDirectory directory;

  private MenuModel model;

  @PostConstruct
  void build() {
    model = new DefaultMenuModel();
    Optional<AuthenticatedUser> current = Caller.currentUser();
    if (current.isEmpty()) {
      return;
    }
    AuthenticatedUser user = current.get();
    Locale locale = Faces.locale();
    DefaultSubMenu console = DefaultSubMenu.builder().label(Faces.text("nav.console")).expanded(true).build();
    if (user.role().isCompanyRole()) {
      console.getElements().add(item("nav.home", "/company/home.xhtml", "pi pi-home", "nav-home"));
      if (policy.allows(user, Operation.ACCOUNTS_VIEW, user.tenantCode())) {
        console.getElements().add(item("nav.accounts", "/company/accounts.xhtml", "pi pi-users", "nav-accounts"));
      }
    } else if (user.role() != Role.AUDITOR) {
      console.getElements().add(item("nav.tree", "/console/tree.xhtml", "pi pi-sitemap", "nav-tree"));
      console.getElements().add(item("nav.companies", "/console/companies.xhtml", "pi pi-table", "nav-companies"));
      console.getElements().add(item("nav.collection", "/console/collection.xhtml", "pi pi-chart-bar", "nav-collection"));
      console.getElements().add(item("nav.plugins", "/console/plugins.xhtml", "pi pi-box", "nav-plugins"));
      console.getElements().add(item("nav.coding", "/console/coding.xhtml", "pi pi-hashtag", "nav-coding"));
    }
    if (policy.grantsAnywhere(user, Operation.USERS_VIEW)) {
      console.getElements().add(item("nav.users", "/console/users.xhtml", "pi pi-id-card", "nav-users"));
    }
    if (policy.grantsAnywhere(user, Operation.AUDIT_VIEW)) {
      console.getElements().add(item("nav.audit", "/console/audit.xhtml", "pi pi-shield", "nav-audit"));
    }
    console.getElements().add(item("nav.password", "/account/password.xhtml", "pi pi-key", "nav-password"));
    console.getElements().add(item("nav.authenticator", "/account/authenticator.xhtml", "pi pi-mobile",
        "nav-authenticator"));
    model.getElements().add(console);

    if (user.tenantCode() != null) {
      Set<String> permissions = modules.permissionsOf(user);
      for (LoadedModule module : modules.enabledModules(user.tenantCode())) {
        DefaultSubMenu sub =
            DefaultSubMenu.builder().label(module.info().name().in(locale)).expanded(true)
                .id("module-" + module.id()).build();
        for (MenuItem entry : module.info().menu()) {
          if (entry.permission() == null || permissions.contains(entry.permission())) {
            sub.getElements().add(DefaultMenuItem.builder()
                .value(entry.label().in(locale))
                .outcome("/modules/" + module.id() + "/" + entry.view())
                .icon(entry.icon())
                .id("menu-" + module.id() + "-" + entry.view().replace(".xhtml", "").replace('/', '-'))
                .build());
          }
        }
        if (!sub.getElements().isEmpty()) {
          model.getElements().add(sub);
        }
      }
    }
  }

  private static DefaultMenuItem item(String key, String outcome, String icon, String id) {
    return DefaultMenuItem.builder().value(Faces.text(key)).outcome(outcome).icon(icon).id(id).build();
  }

  public MenuModel getModel() {
    return model;
  }

  /**
   * The name of the user's node, for the top bar.
   *
   * @return the node's name in the user's language
   */
  public String getNodeName() {
    return Caller.currentUser()
        .flatMap(u -> directory.tree().node(u.nodeCode()))
        .map(n -> n.displayName(Faces.locale()))
        .orElse("");
  }

  /**
   * The current user.
   *
   * @return the user, or null before login
   */
  public AuthenticatedUser getUser() {
    return Caller.currentUser().orElse(null);
  }

  /**
   * The user's node.
   *
   * @return the node, or null
   */
  public NodeView getNode() {
    return Caller.currentUser().flatMap(u -> directory.tree().node(u.nodeCode())).orElse(null);
  }
}
