package io.heatcloud.web.modules;

import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.Optional;

/**
 * Finds the Facelets source of {@code /modules/{pluginId}/{view}.xhtml} in the plugin's archive
 * ({@code views/{view}.xhtml}). The archive's file name carries the plugin version, so Facelets'
 * cache (keyed by URL) never serves an older version's view after an upgrade.
 */
public class ModuleViewResourceHandler extends ResourceHandlerWrapper {

  /**
   * Wraps the default handler.
   *
   * @param wrapped the handler
   */
  public ModuleViewResourceHandler(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    Optional<ModuleViewPath> path = ModuleViewPath.parse(resourceName);
    if (path.isEmpty()) {
      return super.createViewResource(context, resourceName);
    }
    Optional<AuthenticatedUser> user = Caller.currentUser();
    if (user.isEmpty()) {
      return null;
    }
    ModuleRegistry registry = CDI.current().select(ModuleRegistry.class).get();
    Optional<LoadedModule> module = registry.usableModule(path.get().pluginId(), user.get().tenantCode());
    if (module.isEmpty()) {
      return null;
    }
    URL url = module.get().classLoader().getResource(path.get().resource());
    if (url == null) {
      return null;
    }
    return new ViewResource() {
      @Override
      public URL getURL() {
        return url;
      }
    };
  }
}
