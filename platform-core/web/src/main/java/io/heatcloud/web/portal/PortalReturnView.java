package io.heatcloud.web.portal;

import io.heatcloud.api.payments.OnlinePayments;
import io.heatcloud.core.portal.PortalCustomer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * {@code #{portalReturn}}: where the gateway sends the customer back: the order's state, checked
 * again until it is paid (the gateway's notification may arrive after the customer).
 */
@Named("portalReturn")
@ViewScoped
public class PortalReturnView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalAccess access;

  private PortalCustomer customer;
  private String orderNo;
  private OnlinePayments.OrderStatus order;

  @PostConstruct
  void init() {
    customer = PortalAccess.customer((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
        .getRequest()).orElseThrow();
    orderNo = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("orderNo");
    refresh();
  }

  /** Checks the order again. */
  public void refresh() {
    if (orderNo == null || !orderNo.matches("[A-Za-z0-9]{6,32}")) {
      order = null;
      return;
    }
    order = access.service(customer, OnlinePayments.class, FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .flatMap(p -> p.order(orderNo)).filter(o -> customer.owns(o.accountId())).orElse(null);
  }

  public OnlinePayments.OrderStatus getOrder() {
    return order;
  }

  public boolean isPending() {
    return order != null && "CREATED".equals(order.status());
  }
}
