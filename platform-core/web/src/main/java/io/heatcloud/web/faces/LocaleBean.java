package io.heatcloud.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Chinese by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /**
   * Switches the language.
   *
   * @param language {@code zh} or {@code en}
   */
  public void setLanguage(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(locale);
    }
  }
}
