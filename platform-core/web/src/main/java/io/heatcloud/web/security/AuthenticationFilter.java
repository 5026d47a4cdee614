package io.heatcloud.web.security;

import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.security.ApiTokenService;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.TenantContext;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import io.heatcloud.core.portal.PortalCustomer;
import io.heatcloud.core.portal.PortalService;
import io.heatcloud.web.portal.PortalAccess;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * Establishes who is calling, for every request: the staff session's user for pages, the bearer
 * token's user for the REST API. The caller and, for company users, their company are bound to the
 * request thread (and never taken from the request itself). Unauthenticated page requests go to
 * the login page, unauthenticated API requests get a 401 problem.
 */
public class AuthenticationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject ApiTokenService tokens;
  @Inject PlatformConfig config;
  @Inject OrgDirectory directory;
  @Inject PortalService portal;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String clientIp = request.getRemoteAddr();
    ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
    try {
      Caller.set(Caller.anonymous(clientIp));
      TenantContext.clear();
      if (path.startsWith("/portal/")) {
        portal(request, response, chain, path);
        return;
      }
      Optional<AuthenticatedUser> user =
          path.startsWith("/api/") ? fromToken(request) : fromSession(request);
      if (user.isPresent() && !stillActive(user.get())) {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        user = Optional.empty();
      }
      if (user.isEmpty()) {
        if (isPublic(path, request)) {
          chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
          Problems.write(response, 401, "unauthorized",
              "需要登录 / authentication required: send Authorization: Bearer <token>");
        } else {
          redirectToLogin(request, response, path);
        }
        return;
      }
      AuthenticatedUser authenticated = user.get();
      Caller.set(new Caller(authenticated, clientIp, false));
      authenticated.tenant().ifPresent(TenantContext::bind);
      chain.doFilter(new UserRequest(request, authenticated), response);
    } finally {
      TenantContext.clear();
      Caller.clear();
      // whatever plugin code ran, the pooled thread leaves with the application's class loader
      Thread.currentThread().setContextClassLoader(contextLoader);
    }
  }

  /**
   * The customer portal: its own session cookie, never the staff session; only the login and
   * registration pages without one.
   */
  private void portal(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
      throws IOException, ServletException {
    Optional<PortalCustomer> customer = Optional.empty();
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (PortalAccess.COOKIE.equals(cookie.getName()) && customer.isEmpty()) {
          customer = portal.authenticate(cookie.getValue());
        }
      }
    }
    if (customer.isPresent()) {
      request.setAttribute(PortalCustomer.ATTRIBUTE, customer.get());
      chain.doFilter(request, response);
    } else if (path.equals("/portal/login.xhtml") || path.equals("/portal/register.xhtml")) {
      chain.doFilter(request, response);
    } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml;charset=UTF-8");
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + request.getContextPath() + "/portal/login.xhtml?expired=true\"/></partial-response>");
    } else {
      response.sendRedirect(request.getContextPath() + "/portal/login.xhtml");
    }
  }

  private Optional<AuthenticatedUser> fromToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return tokens.authenticate(header.substring(7).trim());
  }

  private Optional<AuthenticatedUser> fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SessionKeys.USER) instanceof AuthenticatedUser user)) {
      return Optional.empty();
    }
    if (Instant.now().isAfter(user.authenticatedAt().plus(config.sessionAbsoluteTimeout()))) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(user);
  }

  /** A user whose company (or region) was disabled loses access at once. */
  private boolean stillActive(AuthenticatedUser user) {
    return directory.tree().path(user.nodeCode()).stream()
        .allMatch(n -> n.status() == NodeStatus.ACTIVE);
  }

  private static boolean isPublic(String path, HttpServletRequest request) {
    return path.equals("/login.xhtml")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/error/")
        || path.startsWith("/health/")
        || path.startsWith("/api/public/")
        || path.equals("/favicon.ico")
        || (path.equals("/api/auth/token") && "POST".equals(request.getMethod()));
  }

  private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    String login = request.getContextPath() + "/login.xhtml";
    if (!path.isEmpty() && !path.equals("/") && "GET".equals(request.getMethod())) {
      login += "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml;charset=UTF-8");
      response.getWriter().write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
              + request.getContextPath() + "/login.xhtml?expired=true\"/></partial-response>");
      return;
    }
    response.sendRedirect(login);
  }

  /** Exposes the authenticated user through the standard servlet API. */
  private static final class UserRequest extends HttpServletRequestWrapper {
    private final AuthenticatedUser user;

    UserRequest(HttpServletRequest request, AuthenticatedUser user) {
      super(request);
      this.user = user;
    }

    @Override
    public Principal getUserPrincipal() {
      return user;
    }

    @Override
    public String getRemoteUser() {
      return user.username();
    }

    @Override
    public boolean isUserInRole(String role) {
      return user.role().name().equals(role);
    }
  }
}
