package io.heatcloud.web.modules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path of a plugin view, {@code /modules/{pluginId}/{view}.xhtml}.
 *
 * @param pluginId the plugin
 * @param view the view's file inside the plugin's {@code views/} folder
 */
public record ModuleViewPath(String pluginId, String view) {

  private static final Pattern PATH =
      Pattern.compile("/modules/([a-z][a-z0-9-]{1,30})/([a-z0-9][a-z0-9_/-]*\\.xhtml)");

  /**
   * Parses a path.
   *
   * @param path a servlet path or view id
   * @return the parts, when it is a well-formed plugin view path
   */
  public static Optional<ModuleViewPath> parse(String path) {
    if (path == null || path.contains("..")) {
      return Optional.empty();
    }
    Matcher m = PATH.matcher(path);
    return m.matches() ? Optional.of(new ModuleViewPath(m.group(1), m.group(2))) : Optional.empty();
  }

  /**
   * The resource inside the plugin archive.
   *
   * @return e.g. {@code views/board.xhtml}
   */
  public String resource() {
    return "views/" + view;
  }
}
