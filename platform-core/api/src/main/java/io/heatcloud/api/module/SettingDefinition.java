package io.heatcloud.api.module;

import io.heatcloud.api.LocalizedText;
import java.io.Serializable;
import java.util.Objects;

/**
 * A setting a company can give the module, with the value used until it does.
 *
 * @param key the setting's key, unique within the module
 * @param label what the setting means
 * @param type how the value is checked
 * @param defaultValue the default, as text in the form {@link SettingType} describes
 */
public record SettingDefinition(
    String key, LocalizedText label, SettingType type, String defaultValue)
    implements Serializable {

  /**
   * Checks the parts and that the default is a valid value.
   *
   * @param key see the record component
   * @param label see the record component
   * @param type see the record component
   * @param defaultValue see the record component
   */
  public SettingDefinition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    if (!key.matches("[a-z][a-zA-Z0-9.-]*")) {
      throw new IllegalArgumentException("setting key must be a lower-case identifier: " + key);
    }
    if (defaultValue != null && !type.accepts(defaultValue)) {
      throw new IllegalArgumentException(
          "default of setting " + key + " is not a valid " + type + ": " + defaultValue);
    }
  }
}
