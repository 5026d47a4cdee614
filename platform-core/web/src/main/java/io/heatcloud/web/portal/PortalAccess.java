package io.heatcloud.web.portal;

import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.portal.PortalCustomer;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal customer of a request, and the module services of their company. */
@ApplicationScoped
public class PortalAccess {

  /** The portal session cookie. */
  public static final String COOKIE = "HC_PORTAL";

  @Inject ModuleContexts modules;
  @Inject OrgDirectory directory;

  /**
   * The customer the filter authenticated.
   *
   * @param request the request
   * @return the customer, if logged in
   */
  public static Optional<PortalCustomer> customer(HttpServletRequest request) {
    return Optional.ofNullable((PortalCustomer) request.getAttribute(PortalCustomer.ATTRIBUTE));
  }

  /**
   * A service offered by a module the customer's company enabled.
   *
   * @param customer the customer
   * @param type the service interface
   * @param locale the customer's locale
   * @param <T> the type
   * @return the service, if the company has a module offering it
   */
  public <T> Optional<T> service(PortalCustomer customer, Class<T> type, Locale locale) {
    NodeView company = directory.activeCompany(customer.companyCode())
        .orElseThrow(() -> new NotFoundException("不存在 / not found"));
    List<T> found = modules.moduleServices(type, null, company, null, locale);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * The company's name.
   *
   * @param customer the customer
   * @return the name
   */
  public String companyName(PortalCustomer customer) {
    return directory.activeCompany(customer.companyCode()).map(NodeView::name).orElse(customer.companyCode());
  }
}
