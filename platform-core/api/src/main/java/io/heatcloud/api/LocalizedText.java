package io.heatcloud.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A short text in the platform's two languages: Chinese (the default) and English.
 *
 * @param zh the Simplified Chinese text, required
 * @param en the English text; when blank the Chinese text is used
 */
public record LocalizedText(String zh, String en) implements Serializable {

  /**
   * Checks that the Chinese text is present.
   *
   * @param zh see the record component
   * @param en see the record component
   */
  public LocalizedText {
    Objects.requireNonNull(zh, "zh");
    if (zh.isBlank()) {
      throw new IllegalArgumentException("the Chinese text must not be blank");
    }
  }

  /**
   * Creates a text.
   *
   * @param zh Chinese
   * @param en English
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * The text for a locale: English for any English locale, Chinese otherwise.
   *
   * @param locale the user's locale, may be null
   * @return the text in that language
   */
  public String in(Locale locale) {
    if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
      return en;
    }
    return zh;
  }
}
