package io.heatcloud.web.modules;

import io.heatcloud.api.module.MenuItem;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Lets a request reach a plugin view only when the user's company enabled the module, the view
 * exists in the archive and the user holds the permission of the menu entry that opens it. Every
 * other case answers 404, so that modules a company does not have are invisible to it.
 */
public class ModuleViewFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject ModuleRegistry registry;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<ModuleViewPath> view = ModuleViewPath.parse(path);
    Optional<AuthenticatedUser> user = Caller.currentUser();
    if (view.isEmpty() || user.isEmpty() || !allowed(view.get(), user.get())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean allowed(ModuleViewPath view, AuthenticatedUser user) {
    Optional<LoadedModule> module = registry.usableModule(view.pluginId(), user.tenantCode());
    if (module.isEmpty() || module.get().classLoader().getResource(view.resource()) == null) {
      return false;
    }
    for (MenuItem item : module.get().info().menu()) {
      if (item.view().equals(view.view()) && item.permission() != null
          && !registry.permissionsOf(user).contains(item.permission())) {
        return false;
      }
    }
    return true;
  }
}
