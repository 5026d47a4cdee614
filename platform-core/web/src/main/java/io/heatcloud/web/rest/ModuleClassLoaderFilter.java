package io.heatcloud.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.pf4j.PluginClassLoader;

/**
 * Runs plugin resource methods with the plugin's class loader as the context class loader: set
 * after matching (when the plugin's resource class is known), restored with the response.
 */
@Provider
public class ModuleClassLoaderFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String PREVIOUS = ModuleClassLoaderFilter.class.getName() + ".previous";

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    if (type != null && type.getClassLoader() instanceof PluginClassLoader loader) {
      request.setProperty(PREVIOUS, Thread.currentThread().getContextClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(PREVIOUS) instanceof ClassLoader previous) {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
