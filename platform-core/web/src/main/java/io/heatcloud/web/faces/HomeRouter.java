package io.heatcloud.web.faces;

import io.heatcloud.api.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Sends each user from {@code /index.xhtml} to the start page of their role. */
@Named
@RequestScoped
public class HomeRouter {

  /**
   * The start page.
   *
   * @return the outcome to redirect to
   */
  public String route() {
    Role role = Faces.user().role();
    return switch (role) {
      case GROUP_ADMIN, REGIONAL_ADMIN -> "/console/tree.xhtml?faces-redirect=true";
      case AUDITOR -> "/console/audit.xhtml?faces-redirect=true";
      case COMPANY_ADMIN, COMPANY_OPERATOR -> "/company/home.xhtml?faces-redirect=true";
    };
  }
}
