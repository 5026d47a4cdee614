package io.heatcloud.core.plugins;

import java.nio.file.Path;

/**
 * What an archive's PF4J descriptor says, checked.
 *
 * @param path the archive
 * @param pluginId the plugin id
 * @param version the plugin version
 * @param requires the API versions it requires
 */
public record ArchiveDescriptor(Path path, String pluginId, String version, String requires) {

  /**
   * The file name the platform stores the archive under: versioned, so that Facelets and the JAR
   * URL cache never serve an earlier version's content.
   *
   * @return e.g. {@code notices-1.1.0.jar}
   */
  public String canonicalFileName() {
    return pluginId + "-" + version + ".jar";
  }
}
