package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.UserInfo;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.customers.PremiseSummary;
import io.heatcloud.api.errors.ConflictException;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.UnprocessableException;
import io.heatcloud.api.exports.PdfExport;
import io.heatcloud.plugins.payments.PaymentsModule;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Electronic invoices (电子发票, 普通发票) of payments. A payment gets one blue invoice, on request, for
 * what remains of it after refunds; each later refund or reversal of an invoiced payment gets a red
 * invoice (红字发票) for its amount, in the refund's own transaction, so that what is invoiced always
 * equals what was paid less what was given back. The price includes VAT (价税合计): the net amount is
 * the total divided by (1 + rate), rounded to the fen half-up, and the tax is the rest; heating of
 * residential premises is exempt by default (免税), other premises are taxed at 9 %.
 *
 * <p>The platform numbers, keeps and prints the invoices; handing them to the tax authority's
 * platform is the job of an issuing channel that is not part of this module.
 */
public class Invoices {

  /** What an invoice bills: heat supply, by the tax classification's short name. */
  static final String ITEM = "*热力*采暖费";

  private static final Pattern TAX_ID = Pattern.compile("[0-9A-Z]{15,20}");

  private final ModuleContext context;

  /**
   * Binds the invoices to a company.
   *
   * @param context the payments module's context
   */
  public Invoices(ModuleContext context) {
    this.context = context;
  }

  /**
   * An invoice as issued.
   *
   * @param id the invoice
   * @param invoiceNo its 20-digit number
   * @param colour BLUE, or RED for a refund
   * @param paymentId the payment (blue) or the refund/reversal entry (red) it invoices
   * @param originalInvoiceNo for a red invoice, the blue one it reverses
   * @param accountNo the account
   * @param buyerName the buyer
   * @param buyerTaxId the buyer's tax id, when an organisation
   * @param itemName what is billed
   * @param taxRate the VAT rate (0 = exempt)
   * @param netAmount the amount before tax
   * @param taxAmount the tax
   * @param amount the total (价税合计)
   * @param issuedBy who issued it
   * @param issuedAt when
   */
  public record InvoiceView(long id, String invoiceNo, String colour, long paymentId, String originalInvoiceNo,
      String accountNo, String buyerName, String buyerTaxId, String itemName, BigDecimal taxRate, BigDecimal netAmount,
      BigDecimal taxAmount, BigDecimal amount, String issuedBy, Instant issuedAt) {}

  /**
   * Who the invoice is made out to.
   *
   * @param buyerName the buyer (default: the account's holder)
   * @param buyerTaxId an organisation's unified social credit code or taxpayer number (optional)
   */
  public record InvoiceRequest(String buyerName, String buyerTaxId) {}

  /**
   * Issues a payment's blue invoice (staff); asking again answers the invoice already issued.
   *
   * @param paymentId the payment
   * @param request the buyer
   * @return the invoice, and whether it was issued now
   */
  public Issued issue(long paymentId, InvoiceRequest request) {
    context.requirePermission(PaymentsModule.COLLECT);
    return issue(new PaymentService(context).entry(paymentId), request, context.user().map(UserInfo::username)
        .orElse("system"));
  }

  /**
   * Issues the blue invoice of one of an account's payments, to its holder (the customer portal).
   *
   * @param accountId the customer's account
   * @param paymentId the payment
   * @param by who asks
   * @return the invoice, when the payment is the account's
   */
  public Optional<Issued> issueForAccount(long accountId, long paymentId, String by) {
    return new PaymentService(context).entryOf(accountId, paymentId).map(p -> issue(p, new InvoiceRequest(null, null), by));
  }

  /**
   * The outcome of an issue request.
   *
   * @param invoice the blue invoice
   * @param created whether it was issued by this request
   */
  public record Issued(InvoiceView invoice, boolean created) {}

  private Issued issue(PaymentView payment, InvoiceRequest request, String by) {
    if (!"PAYMENT".equals(payment.kind())) {
      throw new UnprocessableException("只能为缴费开具发票 / only payments are invoiced");
    }
    AccountSummary account = context.service(AccountDirectory.class).byNumber(payment.accountNo())
        .orElseThrow(() -> new NotFoundException("户号不存在 / no such account: " + payment.accountNo()));
    String buyer = request == null || request.buyerName() == null || request.buyerName().isBlank()
        ? account.holderName() : request.buyerName().strip();
    String taxId = request == null || request.buyerTaxId() == null || request.buyerTaxId().isBlank()
        ? null : request.buyerTaxId().strip().toUpperCase();
    if (buyer.length() > 100) {
      throw new InvalidRequestException("购买方名称最长 100 个字符 / the buyer's name has at most 100 characters");
    }
    if (taxId != null && !TAX_ID.matcher(taxId).matches()) {
      throw new InvalidRequestException("购买方税号应为 15 至 20 位数字或大写字母 / the buyer's tax id has 15 to 20 digits or "
          + "capital letters");
    }
    BigDecimal rate = rateOf(account.id());
    return context.inTransaction(em -> {
      Optional<InvoiceView> existing = blueOf(em, payment.id());
      if (existing.isPresent()) {
        if (!existing.get().buyerName().equals(buyer) || !java.util.Objects.equals(existing.get().buyerTaxId(), taxId)) {
          throw new ConflictException("该笔缴费已开具发票 " + existing.get().invoiceNo() + "（购买方 " + existing.get().buyerName()
              + "）/ the payment was invoiced already, to " + existing.get().buyerName());
        }
        return new Issued(existing.get(), false);
      }
      // a refund of the payment waits, or is waited for: the invoice covers what remains after it
      LedgerWriter.lockAccount(context, em, account.id());
      BigDecimal amount = payment.amount().subtract(PaymentService.refunded(em, payment.id()));
      if (amount.signum() <= 0) {
        throw new UnprocessableException("该笔缴费已全部退回，无需开票 / the payment was refunded in full; nothing to invoice");
      }
      BigDecimal net = net(amount, rate);
      Optional<Long> id = insert(em, number(em), "BLUE", payment.id(), 0L, payment.accountNo(), buyer, taxId, ITEM, rate,
          net, amount, by);
      if (id.isEmpty()) {
        // another request issued it a moment ago
        return new Issued(blueOf(em, payment.id()).orElseThrow(), false);
      }
      InvoiceView invoice = byId(em, id.get());
      context.audit().record("payments.invoice", "invoice:" + invoice.invoiceNo(), invoice.accountNo() + " "
          + invoice.amount() + " payment:" + payment.id());
      return new Issued(invoice, true);
    });
  }

  /**
   * Issues the red invoice of a refund or reversal when its payment was invoiced (in the refund's
   * transaction).
   *
   * @param em the refund's transaction
   * @param originalPaymentId the payment refunded
   * @param entryId the refund or reversal entry
   * @param amount the entry's amount (negative)
   * @param by who refunds
   */
  static void redForRefund(EntityManager em, long originalPaymentId, long entryId, BigDecimal amount, String by) {
    Optional<InvoiceView> blue = blueOf(em, originalPaymentId);
    if (blue.isEmpty()) {
      return;
    }
    InvoiceView b = blue.get();
    BigDecimal net = net(amount.negate(), b.taxRate()).negate();
    insert(em, numberIn(em, areaOf(b.invoiceNo())), "RED", entryId, b.id(), b.accountNo(), b.buyerName(), b.buyerTaxId(),
        b.itemName(), b.taxRate(), net, amount, by);
  }

  /** Writes an invoice (one per entry: empty when the entry has one already); tax = amount - net. */
  private static Optional<Long> insert(EntityManager em, String number, String colour, long paymentId, long originalId,
      String accountNo, String buyer, String taxId, String item, BigDecimal rate, BigDecimal net, BigDecimal amount,
      String by) {
    List<?> ids = em.createNativeQuery("INSERT INTO pay_invoice (invoice_no, colour, payment_id, original_invoice_id, "
            + "account_no, buyer_name, buyer_tax_id, item_name, tax_rate, net_amount, tax_amount, amount, issued_by) "
            + "VALUES (?1, ?2, ?3, NULLIF(?4, 0), ?5, ?6, NULLIF(?7, ''), ?8, ?9, ?10, ?11, ?12, ?13) "
            + "ON CONFLICT (payment_id) DO NOTHING RETURNING id")
        .setParameter(1, number).setParameter(2, colour).setParameter(3, paymentId).setParameter(4, originalId)
        .setParameter(5, accountNo).setParameter(6, buyer).setParameter(7, taxId == null ? "" : taxId)
        .setParameter(8, item).setParameter(9, rate).setParameter(10, net).setParameter(11, amount.subtract(net))
        .setParameter(12, amount).setParameter(13, by).getResultList();
    return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
  }

  /**
   * A payment's invoices: its blue one and the red ones of its refunds.
   *
   * @param paymentId the payment
   * @return the invoices, oldest first
   */
  public List<InvoiceView> ofPayment(long paymentId) {
    context.requirePermission(PaymentsModule.VIEW);
    return context.inTransaction(em -> list(em, "i.payment_id = ?1 OR i.original_invoice_id IN "
        + "(SELECT id FROM pay_invoice WHERE payment_id = ?1)", paymentId));
  }

  /**
   * The blue invoice of one of an account's payments (the customer portal).
   *
   * @param accountId the account
   * @param paymentId the payment
   * @return the invoice, when the payment is the account's and was invoiced
   */
  public Optional<InvoiceView> ofAccountPayment(long accountId, long paymentId) {
    return new PaymentService(context).entryOf(accountId, paymentId)
        .flatMap(p -> context.inTransaction(em -> blueOf(em, p.id())));
  }

  /**
   * One invoice by its number.
   *
   * @param invoiceNo the number
   * @return it
   */
  public InvoiceView byNumber(String invoiceNo) {
    context.requirePermission(PaymentsModule.VIEW);
    return context.inTransaction(em -> list(em, "i.invoice_no = ?1", invoiceNo)).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("发票不存在 / no such invoice: " + invoiceNo));
  }

  /**
   * Prints an invoice (the caller has checked who may see it).
   *
   * @param invoice the invoice
   * @return the PDF
   */
  public byte[] pdf(InvoiceView invoice) {
    boolean red = "RED".equals(invoice.colour());
    boolean exempt = invoice.taxRate().signum() == 0;
    String seller = context.tenant().name();
    String sellerTaxId = Optional.ofNullable(context.settings().text(PaymentsModule.SELLER_TAX_ID)).orElse("").strip();
    LocalDate day = OffsetDateTime.ofInstant(invoice.issuedAt(), PaymentService.ZONE).toLocalDate();
    List<PdfExport.Field> fields = new ArrayList<>();
    fields.add(new PdfExport.Field("发票号码", invoice.invoiceNo()));
    fields.add(new PdfExport.Field("开票日期", day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"));
    fields.add(new PdfExport.Field("购买方名称", invoice.buyerName()));
    fields.add(new PdfExport.Field("购买方税号", invoice.buyerTaxId() == null ? "" : invoice.buyerTaxId()));
    fields.add(new PdfExport.Field("销售方名称", seller));
    fields.add(new PdfExport.Field("销售方税号", sellerTaxId));
    fields.add(new PdfExport.Field("价税合计(大写)", (red ? "(负数)" : "") + ChineseAmount.of(invoice.amount().abs())));
    fields.add(new PdfExport.Field("价税合计(小写)", "¥" + money(invoice.amount())));
    String note = "户号 " + invoice.accountNo() + "；缴费记录 #" + invoice.paymentId();
    if (red) {
      note += "；被红冲蓝字发票号码 " + invoice.originalInvoiceNo();
    }
    fields.add(new PdfExport.Field("备注", note));
    fields.add(new PdfExport.Field("开票人", invoice.issuedBy()));
    List<List<String>> rows = List.of(List.of(invoice.itemName(), "", "", money(invoice.netAmount()),
        exempt ? "免税" : invoice.taxRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
        exempt ? "***" : money(invoice.taxAmount())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    context.service(PdfExport.class).write(out, new PdfExport.Document(red ? "电子发票（普通发票）（红字）" : "电子发票（普通发票）",
        seller, fields, List.of("项目名称", "单位", "数量", "金额(元)", "税率/征收率", "税额(元)"), rows,
        List.of("本发票由热云平台按" + seller + "的开票数据生成并留存；向税务机关报送须经开票服务渠道。")));
    return out.toByteArray();
  }

  // --- parts -----------------------------------------------------------------------------------

  /** The rate of an account: the residential rate when all its premises are residential or low-income. */
  private BigDecimal rateOf(long accountId) {
    List<PremiseSummary> premises = context.service(AccountDirectory.class).premises(List.of(accountId))
        .getOrDefault(accountId, List.of());
    boolean residential = premises.stream().allMatch(p -> !"NON_RESIDENTIAL".equals(p.usageCategory()));
    BigDecimal rate = context.settings().decimal(residential ? PaymentsModule.RESIDENTIAL_TAX_RATE
        : PaymentsModule.OTHER_TAX_RATE);
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new UnprocessableException("税率设置无效: " + rate + " / the VAT rate setting is invalid: " + rate);
    }
    return rate.setScale(4, RoundingMode.HALF_UP);
  }

  /** The amount before tax of a total that includes it, to the fen, half-up. */
  static BigDecimal net(BigDecimal total, BigDecimal rate) {
    return total.divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP);
  }

  private String number(EntityManager em) {
    String area = Optional.ofNullable(context.settings().text(PaymentsModule.INVOICE_AREA)).orElse("").strip();
    if (!area.matches("\\d{2}")) {
      throw new UnprocessableException("发票号码地区代码应为两位数字 / the invoice area code setting must be 2 digits");
    }
    return numberIn(em, area);
  }

  /** yy + area + 0 + a 15-digit sequence: 20 digits, like the numbers of fully digital invoices. */
  private static String numberIn(EntityManager em, String area) {
    long next = ((Number) em.createNativeQuery("SELECT nextval('pay_invoice_seq')").getSingleResult()).longValue();
    return String.format("%02d%s0%015d", PaymentService.today().getYear() % 100, area, next);
  }

  private static String areaOf(String invoiceNo) {
    return invoiceNo.substring(2, 4);
  }

  private static Optional<InvoiceView> blueOf(EntityManager em, long paymentId) {
    return list(em, "i.payment_id = ?1 AND i.colour = 'BLUE'", paymentId).stream().findFirst();
  }

  private static InvoiceView byId(EntityManager em, long id) {
    return list(em, "i.id = ?1", id).get(0);
  }

  private static List<InvoiceView> list(EntityManager em, String where, Object parameter) {
    List<InvoiceView> result = new ArrayList<>();
    for (Object row : em.createNativeQuery("SELECT i.id, i.invoice_no, i.colour, i.payment_id, o.invoice_no, i.account_no, "
        + "i.buyer_name, i.buyer_tax_id, i.item_name, i.tax_rate, i.net_amount, i.tax_amount, i.amount, i.issued_by, "
        + "i.issued_at FROM pay_invoice i LEFT JOIN pay_invoice o ON o.id = i.original_invoice_id WHERE " + where
        + " ORDER BY i.id").setParameter(1, parameter).getResultList()) {
      Object[] r = (Object[]) row;
      result.add(new InvoiceView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
          (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (BigDecimal) r[9],
          (BigDecimal) r[10], (BigDecimal) r[11], (BigDecimal) r[12], (String) r[13], instant(r[14])));
    }
    return result;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  private static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount);
  }
}
