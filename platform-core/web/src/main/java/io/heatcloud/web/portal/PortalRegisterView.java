package io.heatcloud.web.portal;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.portal.PortalService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * {@code #{portalRegister}}: registration against an account: the customer gives the company, the
 * account number and the phone on file, receives a code on that phone, and sets a password (or, when
 * the phone is registered already, enters it to add the account).
 */
@Named("portalRegister")
@ViewScoped
public class PortalRegisterView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalService portal;

  private String company;
  private String accountNo;
  private String phone;
  private String code;
  private String password;
  private boolean codeSent;

  /**
   * The companies to choose from.
   *
   * @return the active companies
   */
  public List<PortalService.Company> getCompanies() {
    return portal.companies();
  }

  /** Sends the code (the answer does not tell whether the account and phone matched). */
  public void sendCode() {
    try {
      portal.requestCode(company, accountNo, phone, ip());
      codeSent = true;
      message(FacesMessage.SEVERITY_INFO, english()
          ? "If the account and phone match our records, a code was sent to that phone."
          : "如户号与预留手机号一致，验证码已发送至该手机。");
    } catch (ProblemException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /**
   * Registers and goes to the login page.
   *
   * @throws IOException when the redirect fails
   */
  public void register() throws IOException {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    password = null;
    try {
      portal.register(company, accountNo, phone, code, secret, ip());
    } catch (ProblemException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/portal/login.xhtml?registered=true");
  }

  private static String ip() {
    return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
  }

  private static boolean english() {
    return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getCompany() {
    return company;
  }

  public void setCompany(String company) {
    this.company = company;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public void setAccountNo(String accountNo) {
    this.accountNo = accountNo;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isCodeSent() {
    return codeSent;
  }
}
