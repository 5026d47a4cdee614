package io.heatcloud.web.rest;

import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.rest.PublicRestContribution;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleCalls;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * Mounts plugins' public resources at {@code /api/public/modules/{companyCode}/{pluginId}}: for
 * active companies that enabled the module, without a login (the plugin authenticates each request
 * itself, e.g. by a gateway's signature); 404 for anything else.
 */
@Path("public/modules")
@RequestScoped
public class PublicModuleResources {

  @Inject ModuleRegistry registry;
  @Inject ModuleContexts contexts;
  @Inject OrgDirectory directory;
  @Context HttpHeaders headers;

  /**
   * The plugin's public resource for this request.
   *
   * @param companyCode the company
   * @param pluginId the plugin
   * @return the resource object
   */
  @Path("{companyCode}/{pluginId}")
  public Object module(@PathParam("companyCode") String companyCode, @PathParam("pluginId") String pluginId) {
    NodeView company = directory.activeCompany(companyCode).orElseThrow(() -> new NotFoundException("不存在 / not found"));
    LoadedModule module = registry.usableModule(pluginId, company.code())
        .filter(m -> m.publicRest().isPresent())
        .orElseThrow(() -> new NotFoundException("不存在 / not found"));
    Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
    PublicRestContribution rest = module.publicRest().get();
    return ModuleCalls.call(module, "public resource()",
        () -> rest.resource(contexts.create(module, company, null, locale)));
  }
}
