package io.heatcloud.web.rest;

import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleCalls;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * Mounts plugin REST resources at {@code /api/modules/{pluginId}}: only for users of a company
 * that enabled the module; everybody else, and everything of a removed plugin, gets 404.
 */
@Path("modules")
@ApplicationScoped
public class ModuleResources {

  @Inject ModuleRegistry registry;
  @Inject ModuleContexts contexts;
  @Inject OrgDirectory directory;

  /**
   * The plugin's resource for this request.
   *
   * @param pluginId the plugin
   * @param headers the request's headers (its language)
   * @return the resource object
   */
  @Path("{pluginId}")
  public Object module(@PathParam("pluginId") String pluginId, @Context HttpHeaders headers) {
    AuthenticatedUser user = CurrentUser.require();
    LoadedModule module =
        registry.usableModule(pluginId, user.tenantCode())
            .filter(m -> m.rest().isPresent())
            .orElseThrow(() -> new NotFoundException("不存在 / not found"));
    NodeView company = directory.activeCompany(user.tenantCode()).orElseThrow(() -> new NotFoundException("不存在 / not found"));
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    RestContribution rest = module.rest().get();
    return ModuleCalls.call(module, "resource()", () -> rest.resource(contexts.create(module, company, user, locale)));
  }
}
