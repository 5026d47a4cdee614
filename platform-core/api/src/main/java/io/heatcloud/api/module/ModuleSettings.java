package io.heatcloud.api.module;

import java.math.BigDecimal;

/**
 * The current company's values of a module's settings: the company's own value where it set one,
 * otherwise the default from the {@link SettingDefinition}.
 */
public interface ModuleSettings {

  /**
   * The value as text.
   *
   * @param key a key the module defined
   * @return the value, or null when neither the company nor the definition gives one
   * @throws IllegalArgumentException when the module defines no such setting
   */
  String text(String key);

  /**
   * The value as a whole number.
   *
   * @param key a key of type {@link SettingType#INTEGER}
   * @return the value
   */
  default long integer(String key) {
    return Long.parseLong(text(key).trim());
  }

  /**
   * The value as an exact decimal.
   *
   * @param key a key of type {@link SettingType#DECIMAL}
   * @return the value
   */
  default BigDecimal decimal(String key) {
    return new BigDecimal(text(key).trim());
  }

  /**
   * The value as a flag.
   *
   * @param key a key of type {@link SettingType#BOOLEAN}
   * @return the value
   */
  default boolean flag(String key) {
    return Boolean.parseBoolean(text(key));
  }
}
