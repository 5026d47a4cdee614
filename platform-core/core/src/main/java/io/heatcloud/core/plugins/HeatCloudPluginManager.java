package io.heatcloud.core.plugins;

import io.heatcloud.api.PlatformApi;
import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginDescriptor;

/**
 * PF4J's plugin manager with the platform's API version as the system version, and access to the
 * descriptor finder so that an archive can be checked before it is loaded.
 */
final class HeatCloudPluginManager extends DefaultPluginManager {

  HeatCloudPluginManager(Path pluginsRoot) {
    super(pluginsRoot);
    setSystemVersion(PlatformApi.VERSION);
    setExactVersionAllowed(false);
  }

  PluginDescriptor readDescriptor(Path archive) {
    return getPluginDescriptorFinder().find(archive);
  }
}
