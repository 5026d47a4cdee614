package io.heatcloud.web.portal;

import io.heatcloud.api.errors.ProblemException;
import java.util.Optional;
import io.heatcloud.api.payments.OnlinePayments;
import io.heatcloud.api.payments.PaymentGateway;
import io.heatcloud.api.receivables.Bill;
import io.heatcloud.api.receivables.OpenItem;
import io.heatcloud.api.receivables.Receivables;
import io.heatcloud.api.receivables.Suspensions;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.portal.PortalCustomer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code #{portal}}: the customer's home: their accounts, the chosen account's bills and what it
 * owes, paying it online, and its payments with their receipts. Every account used is checked
 * against the customer's own accounts.
 */
@Named("portal")
@ViewScoped
public class PortalHomeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalAccess access;
  @Inject transient PlatformConfig config;

  private PortalCustomer customer;
  private long accountId;
  private String gateway;
  private Long suspensionSeason;
  private String suspensionReason;
  private transient List<Bill> bills;
  private transient BigDecimal owed;
  private transient List<OnlinePayments.PaymentRecord> history;
  private transient java.util.Map<Long, String> invoiceNumbers;
  private transient List<OnlinePayments.GatewayOption> gateways;
  private transient List<Suspensions.Window> windows;
  private transient List<Suspensions.Application> applications;

  @PostConstruct
  void init() {
    customer = PortalAccess.customer(request()).orElseThrow();
    String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("account");
    accountId = customer.accounts().isEmpty() ? -1 : customer.accounts().get(0).accountId();
    if (asked != null && asked.matches("\\d{1,18}") && customer.owns(Long.parseLong(asked))) {
      accountId = Long.parseLong(asked);
    }
  }

  /**
   * Pays what the chosen account owes through the chosen gateway: the browser goes to the gateway.
   *
   * @throws IOException when the redirect fails
   */
  public void pay() throws IOException {
    if (!customer.owns(accountId)) {
      return;
    }
    OnlinePayments payments = access.service(customer, OnlinePayments.class, locale()).orElse(null);
    if (payments == null || gateway == null) {
      message(english() ? "Online payment is not available." : "暂不支持线上缴费。");
      return;
    }
    try {
      PaymentGateway.Checkout checkout = payments.pay(accountId, gateway, config.publicUrl() + "portal/return.xhtml",
          "customer:" + customer.id());
      FacesContext.getCurrentInstance().getExternalContext().redirect(checkout.payUrl());
    } catch (ProblemException e) {
      message(e.getMessage());
    }
  }

  /**
   * The chosen account's bills, newest first.
   *
   * @return the bills
   */
  public List<Bill> getBills() {
    if (bills == null) {
      bills = customer.owns(accountId)
          ? access.service(customer, Receivables.class, locale()).map(r -> r.bills(accountId)).orElse(List.of())
          : List.of();
    }
    return bills;
  }

  /**
   * What the chosen account owes now.
   *
   * @return yuan
   */
  public BigDecimal getOwed() {
    if (owed == null) {
      owed = customer.owns(accountId)
          ? access.service(customer, Receivables.class, locale()).map(r -> r.openItems(accountId).stream()
              .map(OpenItem::outstanding).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))
              .orElse(BigDecimal.ZERO.setScale(2))
          : BigDecimal.ZERO.setScale(2);
    }
    return owed;
  }

  /**
   * The chosen account's payments.
   *
   * @return newest first
   */
  public List<OnlinePayments.PaymentRecord> getHistory() {
    if (history == null) {
      history = customer.owns(accountId)
          ? access.service(customer, OnlinePayments.class, locale()).map(p -> p.history(accountId)).orElse(List.of())
          : List.of();
    }
    return history;
  }

  /**
   * The seasons the customer may still apply to stop heating for.
   *
   * @return the open windows
   */
  public List<Suspensions.Window> getSuspensionWindows() {
    if (windows == null) {
      windows = access.service(customer, Suspensions.class, locale()).map(Suspensions::openWindows).orElse(List.of());
    }
    if (suspensionSeason == null && !windows.isEmpty()) {
      suspensionSeason = windows.get(0).seasonId();
    }
    return windows;
  }

  /**
   * The chosen account's suspension applications.
   *
   * @return newest first
   */
  public List<Suspensions.Application> getApplications() {
    if (applications == null) {
      applications = customer.owns(accountId)
          ? access.service(customer, Suspensions.class, locale()).map(s -> s.ofAccount(accountId)).orElse(List.of())
          : List.of();
    }
    return applications;
  }

  /**
   * The number of a payment's electronic invoice, or null.
   *
   * @param record the payment
   * @return the number
   */
  public String invoiceNo(OnlinePayments.PaymentRecord record) {
    if (invoiceNumbers == null) {
      invoiceNumbers = new java.util.HashMap<>();
    }
    return invoiceNumbers.computeIfAbsent(record.id(), id -> customer.owns(accountId)
        ? access.service(customer, OnlinePayments.class, locale()).flatMap(p -> p.invoiceNo(accountId, id)).orElse("")
        : "");
  }

  /**
   * Issues a payment's electronic invoice to the account's holder.
   *
   * @param record the payment
   */
  public void requestInvoice(OnlinePayments.PaymentRecord record) {
    if (!customer.owns(accountId) || !"PAYMENT".equals(record.kind())) {
      return;
    }
    try {
      Optional<String> number = access.service(customer, OnlinePayments.class, locale())
          .flatMap(p -> p.requestInvoice(accountId, record.id(), "customer:" + customer.id()));
      invoiceNumbers = null;
      number.ifPresent(n -> FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          english() ? "Invoice " + n + " was issued." : "电子发票 " + n + " 已开具。", null)));
    } catch (ProblemException e) {
      message(e.getMessage());
    }
  }

  /** Applies to stop heating the chosen account for the chosen season. */
  public void applySuspension() {
    if (!customer.owns(accountId) || suspensionSeason == null) {
      return;
    }
    Suspensions suspensions = access.service(customer, Suspensions.class, locale()).orElse(null);
    if (suspensions == null) {
      return;
    }
    try {
      suspensions.apply(accountId, suspensionSeason, suspensionReason, "customer:" + customer.id());
      suspensionReason = null;
      applications = null;
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
          english() ? "Your application was received." : "停供申请已提交，请等待审核。", null));
    } catch (ProblemException e) {
      message(e.getMessage());
    }
  }

  public Long getSuspensionSeason() {
    return suspensionSeason;
  }

  public void setSuspensionSeason(Long suspensionSeason) {
    this.suspensionSeason = suspensionSeason;
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }

  public void setSuspensionReason(String suspensionReason) {
    this.suspensionReason = suspensionReason;
  }

  /**
   * The gateways the company offers.
   *
   * @return the options
   */
  public List<OnlinePayments.GatewayOption> getGateways() {
    if (gateways == null) {
      gateways = access.service(customer, OnlinePayments.class, locale()).map(OnlinePayments::gateways).orElse(List.of());
    }
    if (gateway == null && !gateways.isEmpty()) {
      gateway = gateways.get(0).id();
    }
    return gateways;
  }

  /**
   * A gateway's name in the customer's language.
   *
   * @param option the gateway
   * @return its name
   */
  public String gatewayName(OnlinePayments.GatewayOption option) {
    return option.name().in(locale());
  }

  public PortalCustomer getCustomer() {
    return customer;
  }

  public String getCompanyName() {
    return access.companyName(customer);
  }

  public long getAccountId() {
    return accountId;
  }

  /**
   * Chooses an account (only one of the customer's own).
   *
   * @param accountId the account
   */
  public void setAccountId(long accountId) {
    if (customer.owns(accountId)) {
      this.accountId = accountId;
      bills = null;
      owed = null;
      history = null;
      invoiceNumbers = null;
      applications = null;
    }
  }

  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static boolean english() {
    return "en".equals(locale().getLanguage());
  }

  private static void message(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
