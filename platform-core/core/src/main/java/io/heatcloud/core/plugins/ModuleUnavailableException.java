package io.heatcloud.core.plugins;

/** The module is being upgraded or removed; the caller may retry in a moment (HTTP 503). */
public class ModuleUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param pluginId the module
   */
  public ModuleUnavailableException(String pluginId) {
    super("模块 " + pluginId + " 正在升级或卸载，请稍后再试 / module " + pluginId + " is being upgraded or removed; retry in a moment");
  }
}
