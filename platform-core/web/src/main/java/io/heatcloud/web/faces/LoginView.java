package io.heatcloud.web.faces;

import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.security.LoginService;
import io.heatcloud.web.security.SessionKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/** The login screen and logout. */
@Named
@RequestScoped
public class LoginView {

  @Inject LoginService login;
  @Inject AuditLog audit;

  private String username;
  private String password;
  private String code;
  private String next;

  /**
   * Logs in; on success a new session id is issued and the user goes to the page asked for.
   *
   * @return null (the browser is redirected)
   * @throws IOException when the redirect fails
   */
  public String submit() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    String typed = code;
    code = null;
    Optional<AuthenticatedUser> user = login.login(username, secret, typed, request.getRemoteAddr());
    if (user.isEmpty()) {
      Faces.error(LoginService.FAILED);
      return null;
    }
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(SessionKeys.USER, user.get());
    external.redirect(request.getContextPath() + target());
    return null;
  }

  /**
   * Logs out: ends the session on the server.
   *
   * @throws IOException when the redirect fails
   */
  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Caller.currentUser().ifPresent(u ->
        audit.record("auth.logout", u.tenantCode(), "user:" + u.username(), AuditLog.SUCCESS, "session"));
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=true");
  }

  /** Only local paths of this application are followed after login. */
  private String target() {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        && !next.startsWith("/login.xhtml") && next.matches("[A-Za-z0-9/._-]+")) {
      return next;
    }
    return "/index.xhtml";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
