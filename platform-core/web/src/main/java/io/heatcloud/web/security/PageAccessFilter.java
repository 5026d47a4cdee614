package io.heatcloud.web.security;

import io.heatcloud.api.security.Role;
import io.heatcloud.core.security.AccessPolicy;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.security.Operation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Which console pages a role may open at all (the services check every object again): {@code
 * /console/...} for headquarters and regional users (users and audit pages by their own rules),
 * {@code /company/...} for company users. Anything else answers 403.
 */
public class PageAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject AccessPolicy policy;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<AuthenticatedUser> user = Caller.currentUser();
    if (user.isPresent() && !allowed(path, user.get())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean allowed(String path, AuthenticatedUser user) {
    if (path.startsWith("/console/users")) {
      return policy.grantsAnywhere(user, Operation.USERS_VIEW);
    }
    if (path.startsWith("/console/audit")) {
      return policy.grantsAnywhere(user, Operation.AUDIT_VIEW);
    }
    if (path.startsWith("/console/")) {
      return user.role() == Role.GROUP_ADMIN || user.role() == Role.REGIONAL_ADMIN;
    }
    if (path.startsWith("/company/")) {
      return user.role().isCompanyRole();
    }
    return true;
  }
}
