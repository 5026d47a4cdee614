package io.heatcloud.web.portal;

import io.heatcloud.api.payments.OnlinePayments;
import io.heatcloud.core.portal.PortalCustomer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /portal/receipt?account=..&payment=..} and {@code /portal/invoice?account=..&payment=..}: a
 * receipt or an electronic invoice of one of the customer's own accounts as PDF; 404 for anything else.
 */
@WebServlet({"/portal/receipt", "/portal/invoice"})
public class PortalReceiptServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalAccess access;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<PortalCustomer> customer = PortalAccess.customer(request);
    String account = request.getParameter("account");
    String payment = request.getParameter("payment");
    if (customer.isEmpty() || account == null || payment == null || !account.matches("\\d{1,18}")
        || !payment.matches("\\d{1,18}") || !customer.get().owns(Long.parseLong(account))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean invoice = request.getServletPath().endsWith("/invoice");
    long accountId = Long.parseLong(account);
    long paymentId = Long.parseLong(payment);
    Optional<byte[]> pdf = access.service(customer.get(), OnlinePayments.class, Locale.SIMPLIFIED_CHINESE)
        .flatMap(p -> invoice ? p.invoice(accountId, paymentId) : p.receipt(accountId, paymentId));
    if (pdf.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "inline; filename=\"" + (invoice ? "invoice-" : "receipt-") + payment
        + ".pdf\"");
    response.setContentLength(pdf.get().length);
    response.getOutputStream().write(pdf.get());
  }
}
