package io.heatcloud.plugins.payments.web;

import io.heatcloud.api.errors.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/** Runs an action of a page and shows its outcome or its problem as messages. */
final class Faces {

  private Faces() {}

  static boolean run(Runnable action, String success) {
    return call(() -> {
      action.run();
      return Boolean.TRUE;
    }, success) != null;
  }

  static <T> T call(Supplier<T> action, String success) {
    try {
      T result = action.get();
      if (success != null) {
        message(FacesMessage.SEVERITY_INFO, success);
      }
      return result;
    } catch (ProblemException e) {
      if (e.fieldErrors().isEmpty()) {
        message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      }
      e.fieldErrors().forEach(f -> message(FacesMessage.SEVERITY_ERROR, f.message()));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
  }

  static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  static boolean english() {
    return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }
}
