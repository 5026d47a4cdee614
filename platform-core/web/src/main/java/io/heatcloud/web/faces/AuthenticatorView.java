package io.heatcloud.web.faces;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.security.SecondFactorService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /account/authenticator.xhtml}: a staff user binds an authenticator app (TOTP): a new
 * secret shown as a QR code and as text, activated with a first code. Once active, logging in and
 * confirming refunds need its codes.
 */
@Named
@ViewScoped
public class AuthenticatorView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SecondFactorService secondFactor;

  private boolean active;
  private SecondFactorService.Enrolment enrolment;
  private String code;

  @PostConstruct
  void init() {
    active = secondFactor.isActive(Faces.user().id());
  }

  /** Makes a new secret (replacing one not yet activated). */
  public void enrol() {
    try {
      enrolment = secondFactor.enrol(Faces.user());
    } catch (ProblemException e) {
      Faces.problem(e);
    }
  }

  /** Activates the secret with the app's first code. */
  public void activate() {
    try {
      secondFactor.activate(Faces.user(), code);
      active = true;
      enrolment = null;
      Faces.info("authenticator.activated");
    } catch (ProblemException e) {
      Faces.problem(e);
    } finally {
      code = null;
    }
  }

  public boolean isActive() {
    return active;
  }

  public SecondFactorService.Enrolment getEnrolment() {
    return enrolment;
  }

  /**
   * The secret in groups of four, as apps ask to type it.
   *
   * @return the grouped secret, or null
   */
  public String getGroupedSecret() {
    return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
