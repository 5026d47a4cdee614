package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Small helpers for backing beans: the current user, messages, texts. */
final class Faces {

  private Faces() {}

  static AuthenticatedUser user() {
    return Caller.currentUser().orElseThrow(() -> new IllegalStateException("not logged in"));
  }

  static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : context.getViewRoot().getLocale();
  }

  static String text(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("io.heatcloud.web.i18n.messages", locale());
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
  }

  static void error(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
  }

  /**
   * Shows a problem as messages: the summary, and one message per field at fault.
   *
   * @param e the problem
   */
  static void problem(ProblemException e) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (e.fieldErrors().isEmpty()) {
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } else {
      for (ProblemException.FieldError error : e.fieldErrors()) {
        context.addMessage(null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field() + ": " + error.message(), null));
      }
    }
    context.validationFailed();
  }
}
