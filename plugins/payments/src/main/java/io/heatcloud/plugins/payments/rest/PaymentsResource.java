package io.heatcloud.plugins.payments.rest;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.plugins.payments.PaymentsModule;
import io.heatcloud.plugins.payments.application.BankFileImport;
import io.heatcloud.plugins.payments.application.IncomeReport;
import io.heatcloud.plugins.payments.application.Invoices;
import io.heatcloud.plugins.payments.application.OnlineService;
import io.heatcloud.plugins.payments.application.ReconciliationService;
import io.heatcloud.plugins.payments.application.PaymentRequest;
import io.heatcloud.plugins.payments.application.PaymentService;
import io.heatcloud.plugins.payments.application.PaymentView;
import io.heatcloud.plugins.payments.application.RefundRequest;
import io.heatcloud.plugins.payments.domain.PaymentKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/modules/payments}: post payments (header {@code Idempotency-Key} required), refund and
 * reverse them, import bank collection files, read an account's payments and prepaid balance, list a
 * day's payments.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  private final ModuleContext context;

  /**
   * Creates the resource for one request.
   *
   * @param context the caller's company
   */
  public PaymentsResource(ModuleContext context) {
    this.context = context;
  }

  /**
   * Posts a counter or bank payment. The same key with the same payment answers the first result
   * again (header {@code Idempotent-Replayed: true}); with another payment 422; while the first is in
   * flight 409.
   *
   * @param key the client's idempotency key
   * @param request the payment
   * @return 201 with the entry
   */
  @POST
  @Path("payments")
  public Response post(@HeaderParam("Idempotency-Key") String key, PaymentRequest request) {
    return created(new PaymentService(context).post(key, request));
  }

  /**
   * One payment, refund or reversal.
   *
   * @param id the entry
   * @return it
   */
  @GET
  @Path("payments/{id}")
  public PaymentView payment(@PathParam("id") long id) {
    return new PaymentService(context).payment(id);
  }

  /**
   * An entry's receipt as PDF.
   *
   * @param id the entry
   * @return the PDF
   */
  @GET
  @Path("payments/{id}/receipt.pdf")
  @Produces("application/pdf")
  public Response receipt(@PathParam("id") long id) {
    return Response.ok(new PaymentService(context).receipt(id))
        .header("Content-Disposition", "inline; filename=\"receipt-" + id + ".pdf\"").build();
  }

  /**
   * Issues a payment's electronic invoice (blue), to the buyer given or the account's holder. Asking
   * again with the same buyer answers the same invoice (200); with another buyer 409.
   *
   * @param id the payment
   * @param request the buyer (optional)
   * @return 201 with the invoice, or 200 when it had been issued
   */
  @POST
  @Path("payments/{id}/invoice")
  public Response invoice(@PathParam("id") long id, Invoices.InvoiceRequest request) {
    Invoices.Issued issued = new Invoices(context).issue(id, request);
    return Response.status(issued.created() ? 201 : 200).entity(issued.invoice()).build();
  }

  /**
   * A payment's invoices: the blue one and the red ones of its refunds.
   *
   * @param id the payment
   * @return the invoices
   */
  @GET
  @Path("payments/{id}/invoices")
  public List<Invoices.InvoiceView> invoices(@PathParam("id") long id) {
    return new Invoices(context).ofPayment(id);
  }

  /**
   * An invoice as PDF.
   *
   * @param invoiceNo the invoice's number
   * @return the PDF
   */
  @GET
  @Path("invoices/{invoiceNo}.pdf")
  @Produces("application/pdf")
  public Response invoicePdf(@PathParam("invoiceNo") String invoiceNo) {
    Invoices invoices = new Invoices(context);
    Invoices.InvoiceView invoice = invoices.byNumber(invoiceNo);
    return Response.ok(invoices.pdf(invoice))
        .header("Content-Disposition", "inline; filename=\"invoice-" + invoice.invoiceNo() + ".pdf\"").build();
  }

  /**
   * Refunds part of a payment.
   *
   * @param id the payment
   * @param key the client's idempotency key
   * @param request amount and reason
   * @return 201 with the refund entry
   */
  @POST
  @Path("payments/{id}/refunds")
  public Response refund(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, RefundRequest request) {
    return created(new PaymentService(context).refund(id, key, PaymentKind.REFUND, request));
  }

  /**
   * Reverses what remains of a payment.
   *
   * @param id the payment
   * @param key the client's idempotency key
   * @param request the reason
   * @return 201 with the reversal entry
   */
  @POST
  @Path("payments/{id}/reversal")
  public Response reverse(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, RefundRequest request) {
    return created(new PaymentService(context).refund(id, key, PaymentKind.REVERSAL, request));
  }

  /**
   * An account's payments and prepaid balance.
   *
   * @param accountNo the account
   * @return {@code payments} (newest first) and {@code prepaid}
   */
  @GET
  @Path("accounts/{accountNo}")
  public Map<String, Object> account(@PathParam("accountNo") String accountNo) {
    PaymentService service = new PaymentService(context);
    List<PaymentView> payments = service.ofAccount(accountNo);
    BigDecimal prepaid = service.prepaid(accountNo);
    return Map.of("accountNo", accountNo, "prepaid", prepaid, "payments", payments);
  }

  /**
   * Applies an account's prepaid balance to what it owes now.
   *
   * @param accountNo the account
   * @param key the client's idempotency key
   * @return 201 with the entry (kind APPLY, amount 0, prepaid negative)
   */
  @POST
  @Path("accounts/{accountNo}/apply-prepaid")
  public Response applyPrepaid(@PathParam("accountNo") String accountNo, @HeaderParam("Idempotency-Key") String key) {
    return created(new PaymentService(context).applyPrepaid(accountNo, key));
  }

  /**
   * Applies every prepaid balance to what its account owes now (what the scheduled sweep does every
   * 30 minutes).
   *
   * @return accounts with a balance, entries written, yuan applied
   */
  @POST
  @Path("prepaid/sweep")
  public io.heatcloud.plugins.payments.application.PrepaidSweep.Outcome sweepPrepaid() {
    return new io.heatcloud.plugins.payments.application.PrepaidSweep(context).runNow();
  }

  /**
   * The entries of a business day.
   *
   * @param day yyyy-MM-dd (Beijing), today when absent
   * @param channel COUNTER, BANK or ONLINE, all when absent
   * @param offset rows to skip
   * @param limit rows (at most 500)
   * @return the entries
   */
  @GET
  @Path("payments")
  public List<PaymentView> day(@QueryParam("day") String day, @QueryParam("channel") String channel,
      @QueryParam("offset") int offset, @QueryParam("limit") Integer limit) {
    LocalDate date;
    try {
      date = day == null || day.isBlank() ? LocalDate.now(PaymentService.ZONE) : LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("日期格式为 yyyy-MM-dd / day is yyyy-MM-dd");
    }
    return new PaymentService(context).ofDay(date, channel, offset, limit == null ? 100 : limit);
  }

  /**
   * Imports a bank's collection file (format: {@link BankFileImport}); the body is the file.
   *
   * @param bank the bank's code, e.g. ICBC
   * @param fileName the file's name, whose extension (.csv, .txt, .xlsx) decides the format
   * @param content the file
   * @return what was posted, already posted and rejected, with reasons
   */
  @POST
  @Path("bank-files")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public BankFileImport.Report bankFile(@QueryParam("bank") String bank, @QueryParam("fileName") String fileName,
      byte[] content) {
    return new BankFileImport(context).importFile(bank, fileName == null ? "bank.csv" : fileName, content);
  }

  /**
   * Creates an online order for what an account owes (a cashier shows the customer the gateway's
   * page or its QR code). Body: {@code {"accountNo": ..., "gateway": "paysim", "returnUrl": ...}}.
   *
   * @param request the account, the gateway and the return address
   * @return 201 with the order and its payUrl
   */
  @POST
  @Path("online-orders")
  public Response createOrder(Map<String, String> request) {
    context.requirePermission(PaymentsModule.COLLECT);
    if (request == null) {
      throw new InvalidRequestException("缺少订单内容 / the order is missing");
    }
    long accountId = context.service(AccountDirectory.class).byNumber(String.valueOf(request.get("accountNo")))
        .orElseThrow(() -> new NotFoundException("户号不存在 / no such account: " + request.get("accountNo"))).id();
    String by = context.user().map(u -> u.username()).orElse("system");
    return Response.status(201).entity(new OnlineService(context).create(accountId, request.get("gateway"),
        request.get("returnUrl"), by)).build();
  }

  /**
   * An online order.
   *
   * @param orderNo the order
   * @return it
   */
  @GET
  @Path("online-orders/{orderNo}")
  public OnlineService.Order order(@PathParam("orderNo") String orderNo) {
    context.requirePermission(PaymentsModule.VIEW);
    return new OnlineService(context).order(orderNo)
        .orElseThrow(() -> new NotFoundException("订单不存在 / no such order: " + orderNo));
  }

  /**
   * Asks the gateway about an order now (its notification did not come) and posts or closes it.
   *
   * @param orderNo the order
   * @return the order afterwards
   */
  @POST
  @Path("online-orders/{orderNo}/query")
  public OnlineService.Order query(@PathParam("orderNo") String orderNo) {
    context.requirePermission(PaymentsModule.COLLECT);
    return new OnlineService(context).queryNow(orderNo);
  }

  /**
   * Reconciles a day of an online gateway against the statement it downloads from the gateway.
   *
   * @param gateway the gateway
   * @param day yyyy-MM-dd
   * @return the reconciled day with its differences
   */
  @POST
  @Path("reconciliations/online/{gateway}/{day}")
  public ReconciliationService.Day reconcileGateway(@PathParam("gateway") String gateway, @PathParam("day") String day) {
    return new ReconciliationService(context).reconcileGateway(gateway, date(day));
  }

  /**
   * Reconciles a day of a bank against its statement file (the body; format of bank collection files).
   *
   * @param bank the bank
   * @param day yyyy-MM-dd
   * @param fileName the file's name
   * @param content the statement
   * @return the reconciled day with its differences
   */
  @POST
  @Path("reconciliations/bank/{bank}/{day}")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public ReconciliationService.Day reconcileBank(@PathParam("bank") String bank, @PathParam("day") String day,
      @QueryParam("fileName") String fileName, byte[] content) {
    return new ReconciliationService(context).reconcileBank(bank, date(day), fileName == null ? "statement.csv" : fileName,
        content);
  }

  /**
   * The reconciliations of a period.
   *
   * @param from yyyy-MM-dd, 30 days ago when absent
   * @param to yyyy-MM-dd, today when absent
   * @return the days, newest first
   */
  @GET
  @Path("reconciliations")
  public List<ReconciliationService.Day> reconciliations(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate[] period = period(from, to);
    return new ReconciliationService(context).days(period[0], period[1]);
  }

  /**
   * A reconciled day.
   *
   * @param id the reconciliation
   * @return it with its differences
   */
  @GET
  @Path("reconciliations/{id}")
  public ReconciliationService.Day reconciliation(@PathParam("id") long id) {
    return new ReconciliationService(context).day(id);
  }

  /**
   * Resolves a difference. Body: {@code {"action": "POST"|"REVERSE"|"ACCEPT", "reason": ...}}.
   *
   * @param itemId the difference
   * @param request action and reason
   * @return the day afterwards
   */
  @POST
  @Path("reconciliations/items/{itemId}/resolution")
  public ReconciliationService.Day resolve(@PathParam("itemId") long itemId, Map<String, String> request) {
    Map<String, String> r = request == null ? Map.of() : request;
    return new ReconciliationService(context).resolve(itemId, r.get("action"), r.get("reason"));
  }

  /**
   * Closes a day whose differences are all resolved (422 otherwise).
   *
   * @param id the reconciliation
   * @return the closed day
   */
  @POST
  @Path("reconciliations/{id}/close")
  public ReconciliationService.Day close(@PathParam("id") long id) {
    return new ReconciliationService(context).close(id);
  }

  /**
   * Income per day and channel into the collection account.
   *
   * @param from yyyy-MM-dd
   * @param to yyyy-MM-dd
   * @return the rows
   */
  @GET
  @Path("income")
  public List<IncomeReport.Row> income(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate[] period = period(from, to);
    return new IncomeReport(context).rows(period[0], period[1]);
  }

  /**
   * The income report as an Excel workbook.
   *
   * @param from yyyy-MM-dd
   * @param to yyyy-MM-dd
   * @return the .xlsx file
   */
  @GET
  @Path("income.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response incomeWorkbook(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate[] period = period(from, to);
    LocalDate first = period[0];
    LocalDate last = period[1];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new IncomeReport(context).export(first, last, out);
    return Response.ok(out.toByteArray())
        .header("Content-Disposition", "attachment; filename=\"income-" + first + "-" + last + ".xlsx\"").build();
  }

  /** From and to, each optional: the 30 days up to today by default. */
  private static LocalDate[] period(String from, String to) {
    LocalDate last = to == null ? LocalDate.now(PaymentService.ZONE) : date(to);
    return new LocalDate[] {from == null ? last.minusDays(30) : date(from), last};
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidRequestException("日期格式为 yyyy-MM-dd / dates are yyyy-MM-dd");
    }
  }

  private static Response created(PaymentService.Posted posted) {
    Response.ResponseBuilder response = Response.status(201).entity(posted.payment());
    if (posted.replayed()) {
      response.header("Idempotent-Replayed", "true");
    }
    return response.build();
  }
}
