package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.customers.AccountDirectory;
import io.heatcloud.api.customers.AccountSummary;
import io.heatcloud.api.exports.PdfExport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/** Receipts of payments, refunds and reversals, printed as PDF with the amount in capitals. */
public class Receipts {

  private final ModuleContext context;

  /**
   * Binds the receipts to a company.
   *
   * @param context the payments module's context
   */
  public Receipts(ModuleContext context) {
    this.context = context;
  }

  /**
   * Prints an entry's receipt (the caller has checked who may see it).
   *
   * @param payment the entry
   * @return the PDF
   */
  public byte[] pdf(PaymentView payment) {
    AccountSummary account = context.service(AccountDirectory.class).byNumber(payment.accountNo()).orElse(null);
    String title = switch (payment.kind()) {
      case "REFUND" -> "退款凭证";
      case "REVERSAL" -> "冲正凭证";
      case "APPLY" -> "预存抵扣凭证";
      default -> "收款收据";
    };
    List<PdfExport.Field> fields = new ArrayList<>();
    fields.add(new PdfExport.Field("收据号", payment.receiptNo()));
    fields.add(new PdfExport.Field("日期", payment.businessDate().toString()));
    fields.add(new PdfExport.Field("户号", payment.accountNo()));
    fields.add(new PdfExport.Field("户名", account == null ? "" : account.holderName()));
    fields.add(new PdfExport.Field("地址", account == null ? "" : account.address()));
    fields.add(new PdfExport.Field("方式", channel(payment)));
    fields.add(new PdfExport.Field("金额(小写)", "¥" + money(payment.amount())));
    fields.add(new PdfExport.Field("金额(大写)", ChineseAmount.of(payment.amount())));
    if (payment.channelRef() != null) {
      fields.add(new PdfExport.Field("渠道流水号", payment.channelRef()));
    }
    fields.add(new PdfExport.Field("经办", payment.createdBy()));
    if (payment.originalId() != null) {
      fields.add(new PdfExport.Field("原缴费记录", "#" + payment.originalId()));
    }
    if (payment.note() != null) {
      fields.add(new PdfExport.Field("备注", payment.note()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (PaymentView.Line line : payment.allocations()) {
      rows.add(List.of(line.seasonCode(), "LATE_FEE".equals(line.item()) ? "滞纳金" : "采暖费", money(line.amount())));
    }
    if (payment.prepaid().signum() != 0) {
      rows.add(List.of("", "预存款", money(payment.prepaid())));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    context.service(PdfExport.class).write(out, new PdfExport.Document(title, context.tenant().name(), fields,
        List.of("采暖季", "项目", "金额(元)"), rows,
        List.of("本凭证由热云平台生成，可凭收据号向" + context.tenant().name() + "查询。")));
    return out.toByteArray();
  }

  private static String channel(PaymentView p) {
    return switch (p.channel()) {
      case "COUNTER" -> "营业厅 · " + switch (p.method()) {
        case "CASH" -> "现金";
        case "CARD" -> "银行卡";
        case "TRANSFER" -> "转账";
        case "PREPAID" -> "预存抵扣";
        default -> p.method();
      };
      case "BANK" -> "银行代收 · " + p.method();
      default -> "线上支付 · " + p.method();
    };
  }

  private static String money(BigDecimal amount) {
    return new DecimalFormat("#,##0.00").format(amount);
  }
}
