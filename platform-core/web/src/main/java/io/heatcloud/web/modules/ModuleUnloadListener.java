package io.heatcloud.web.modules;

import io.heatcloud.core.plugins.ModuleUnloaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Clears the web layer's caches of an unloaded plugin's classes. */
@ApplicationScoped
public class ModuleUnloadListener {

  void unloaded(@Observes ModuleUnloaded event) {
    ModuleELResolver.forget(event);
    io.heatcloud.web.rest.JsonbResolver.forget(event);
  }
}
