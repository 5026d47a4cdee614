package io.heatcloud.web.rest;

import io.heatcloud.core.plugins.ModuleUnloaded;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JSON-B instance per class loader for the REST API (the platform's and each plugin's), instead
 * of the new instance RESTEasy would otherwise build for every request body it reads or writes
 * (building one looks up CDI and providers: milliseconds per request). A plugin's instance is dropped
 * when the plugin is unloaded, so its classes can go.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonbResolver implements ContextResolver<Jsonb> {

  private static final Map<ClassLoader, Jsonb> BY_LOADER = new ConcurrentHashMap<>();
  private static final ClassLoader PLATFORM = JsonbResolver.class.getClassLoader();

  @Override
  public Jsonb getContext(Class<?> type) {
    ClassLoader loader = type == null || type.getClassLoader() == null ? PLATFORM : type.getClassLoader();
    return BY_LOADER.computeIfAbsent(loader, l -> JsonbBuilder.create());
  }

  /**
   * Forgets the instance of an unloaded plugin.
   *
   * @param event the unload
   */
  public static void forget(ModuleUnloaded event) {
    Jsonb jsonb = BY_LOADER.remove(event.classLoader());
    if (jsonb != null) {
      try {
        jsonb.close();
      } catch (Exception e) {
        // nothing to release
      }
    }
  }
}
