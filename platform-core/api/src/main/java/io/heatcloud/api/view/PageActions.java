package io.heatcloud.api.view;

import io.heatcloud.api.errors.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * What every plugin page does around an action: run it, show its outcome as a message, and show a
 * {@link ProblemException} (the API's 400/403/404/409/422) as error messages instead of an error
 * page, marking the request's validation as failed.
 */
public final class PageActions {

  private PageActions() {}

  /**
   * Runs an action.
   *
   * @param action the action
   * @param success the message shown when it succeeds, or null for none
   * @return true when it succeeded
   */
  public static boolean run(Runnable action, String success) {
    return call(() -> {
      action.run();
      return Boolean.TRUE;
    }, success) != null;
  }

  /**
   * Runs an action that answers something.
   *
   * @param action the action
   * @param success the message shown when it succeeds, or null for none
   * @param <T> what it answers
   * @return its answer, or null when it failed (the problem is shown)
   */
  public static <T> T call(Supplier<T> action, String success) {
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

  /**
   * Shows a message.
   *
   * @param severity its severity
   * @param text the text
   */
  public static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /**
   * A request parameter.
   *
   * @param name its name
   * @return its value, or null
   */
  public static String param(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }

  /**
   * Whether the page is shown in English.
   *
   * @return true for English
   */
  public static boolean english() {
    return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  /**
   * Sends a file instead of the page (from a non-AJAX command).
   *
   * @param fileName the file's name, may be Chinese
   * @param contentType its type
   * @param content its bytes
   */
  public static void download(String fileName, String contentType, byte[] content) {
    FacesContext faces = FacesContext.getCurrentInstance();
    jakarta.faces.context.ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseContentLength(content.length);
    external.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''"
        + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    try (java.io.OutputStream out = external.getResponseOutputStream()) {
      out.write(content);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
