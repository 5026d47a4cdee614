package io.heatcloud.api.module;

import org.pf4j.ExtensionPoint;

/**
 * The one extension every plugin provides: what the module is called, which menu entries it adds,
 * which permissions it defines and which settings a company can set.
 *
 * <p>The host reads it once when the plugin is loaded and caches it; a plugin archive without
 * exactly one implementation is refused.
 */
public interface HeatCloudModule extends ExtensionPoint {

  /**
   * Describes the module.
   *
   * @return the module's metadata, never null
   */
  ModuleInfo info();
}
