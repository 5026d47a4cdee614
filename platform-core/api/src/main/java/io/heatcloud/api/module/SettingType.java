package io.heatcloud.api.module;

import java.math.BigDecimal;

/** The type of a module setting, which decides which texts are valid values. */
public enum SettingType {
  /** Any text. */
  TEXT,
  /** A whole number such as {@code 30}. */
  INTEGER,
  /** An exact decimal such as {@code 0.30} (parsed as {@link BigDecimal}, never as double). */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN;

  /**
   * Whether a text is a valid value of this type.
   *
   * @param value the text
   * @return true when valid
   */
  public boolean accepts(String value) {
    if (value == null) {
      return false;
    }
    try {
      switch (this) {
        case INTEGER -> Long.parseLong(value.trim());
        case DECIMAL -> new BigDecimal(value.trim());
        case BOOLEAN -> {
          if (!value.equals("true") && !value.equals("false")) {
            return false;
          }
        }
        case TEXT -> {
          // any text
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
