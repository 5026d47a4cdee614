package io.heatcloud.core.plugins;

/** The state of an installed plugin in the registry. */
public enum PluginState {
  /** Loaded and started: its menus, endpoints and views are served. */
  ACTIVE,
  /** Its archive could not be started; the message says why. */
  FAILED,
  /** Removed by an administrator or its archive left the plugins directory; data stays. */
  REMOVED
}
