package io.heatcloud.core.plugins;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened to a plugin, for the plugins page of the HQ console.
 *
 * @param at when
 * @param pluginId the plugin (or the archive's file name when its descriptor was unreadable)
 * @param version the version concerned, may be null
 * @param kind what happened
 * @param message details
 */
public record PluginEvent(Instant at, String pluginId, String version, Kind kind, String message)
    implements Serializable {

  /** What happened. */
  public enum Kind {
    /** A plugin was installed. */
    INSTALLED,
    /** A newer version replaced an older one. */
    UPGRADED,
    /** A plugin was removed. */
    REMOVED,
    /** An archive was refused. */
    REFUSED
  }
}
