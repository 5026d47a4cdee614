package io.heatcloud.web.modules;

import io.heatcloud.core.plugins.LoadedModule;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What a plugin view gets as {@code #{module}}: the module's id, name and its message bundle
 * ({@code i18n/messages} in the archive) in the user's language, as {@code #{module.text['key']}}.
 */
public final class ModuleViewSupport {

  private final LoadedModule module;
  private final Locale locale;

  ModuleViewSupport(LoadedModule module, Locale locale) {
    this.module = module;
    this.locale = locale;
  }

  /**
   * The plugin id.
   *
   * @return the id
   */
  public String getId() {
    return module.id();
  }

  /**
   * The module's name in the user's language.
   *
   * @return the name
   */
  public String getName() {
    return module.info().name().in(locale);
  }

  /**
   * The plugin version.
   *
   * @return the version
   */
  public String getVersion() {
    return module.version();
  }

  /**
   * The module's texts; a missing key shows as {@code ???key???}.
   *
   * @return the texts by key
   */
  public Map<String, String> getText() {
    ResourceBundle bundle;
    try {
      bundle = ResourceBundle.getBundle("i18n.messages", locale, module.classLoader());
    } catch (MissingResourceException e) {
      bundle = null;
    }
    ResourceBundle texts = bundle;
    return new AbstractMap<>() {
      @Override
      public String get(Object key) {
        String k = String.valueOf(key);
        return texts != null && texts.containsKey(k) ? texts.getString(k) : "???" + k + "???";
      }

      @Override
      public Set<Entry<String, String>> entrySet() {
        return Collections.emptySet();
      }
    };
  }
}
