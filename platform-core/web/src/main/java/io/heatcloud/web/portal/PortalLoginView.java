package io.heatcloud.web.portal;

import io.heatcloud.core.portal.PortalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code #{portalLogin}}: the portal's login by company, phone and password, and its logout. */
@Named("portalLogin")
@RequestScoped
public class PortalLoginView {

  @Inject PortalService portal;

  private String company;
  private String phone;
  private String password;

  /**
   * The companies to choose from.
   *
   * @return the active companies
   */
  public List<PortalService.Company> getCompanies() {
    return portal.companies();
  }

  /**
   * Logs in and sets the portal session cookie.
   *
   * @throws IOException when the redirect fails
   */
  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    Optional<String> token = portal.login(company, phone, secret, request.getRemoteAddr());
    if (token.isEmpty()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, PortalService.FAILED, null));
      return;
    }
    setCookie((HttpServletResponse) external.getResponse(), request, token.get(), -1);
    external.redirect(request.getContextPath() + "/portal/index.xhtml");
  }

  /**
   * Logs out: ends the session on the server and clears the cookie.
   *
   * @throws IOException when the redirect fails
   */
  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (PortalAccess.COOKIE.equals(cookie.getName())) {
          portal.logout(cookie.getValue());
        }
      }
    }
    setCookie((HttpServletResponse) external.getResponse(), request, "", 0);
    external.redirect(request.getContextPath() + "/portal/login.xhtml?bye=true");
  }

  static void setCookie(HttpServletResponse response, HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(PortalAccess.COOKIE, value);
    cookie.setPath(request.getContextPath() + "/portal/");
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
