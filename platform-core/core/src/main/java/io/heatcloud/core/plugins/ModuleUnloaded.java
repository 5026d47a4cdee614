package io.heatcloud.core.plugins;

/**
 * CDI event fired after a plugin was unloaded, so that the web layer clears caches that could
 * keep the plugin's classes (EL bean properties, RESTEasy resource metadata).
 *
 * @param pluginId the plugin
 * @param classLoader its former class loader
 */
public record ModuleUnloaded(String pluginId, ClassLoader classLoader) {}
