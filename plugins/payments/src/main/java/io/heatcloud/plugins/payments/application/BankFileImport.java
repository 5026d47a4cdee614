package io.heatcloud.plugins.payments.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.UserInfo;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.api.exports.SpreadsheetImport;
import io.heatcloud.plugins.payments.PaymentsModule;
import io.heatcloud.api.concurrent.GroupCommit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bank's daily collection file: every line is a payment the bank collected for an account. Each
 * line posts under the bank's transaction reference (idempotency scope {@code BANK:<bank>}), so
 * importing a file twice, or two files that overlap, posts every transaction once. Lines that cannot
 * be posted are reported with the reason; the others post.
 *
 * <p>Accepted format (CSV in UTF-8 or GBK, or the first sheet of an .xlsx), first row the headers in
 * Chinese or English, in any order:
 *
 * <pre>
 * 交易日期,银行流水号,户号,金额,户名
 * date,bankRef,accountNo,amount,holder
 * 2026-11-30,ICBC2026113000001,YT010000001,2200.00,张三
 * </pre>
 *
 * The date is yyyy-MM-dd or yyyyMMdd and becomes the payment's business day; the amount is yuan
 * with at most 2 decimals; the holder is optional and, when given, must match the account's holder.
 */
public class BankFileImport {

  /** The largest file accepted. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("交易日期", "date"), Map.entry("date", "date"),
      Map.entry("银行流水号", "bankRef"), Map.entry("bankref", "bankRef"),
      Map.entry("户号", "accountNo"), Map.entry("accountno", "accountNo"),
      Map.entry("金额", "amount"), Map.entry("amount", "amount"),
      Map.entry("户名", "holder"), Map.entry("holder", "holder"));

  private final ModuleContext context;

  /**
   * Binds the import to a company.
   *
   * @param context the payments module's context
   */
  public BankFileImport(ModuleContext context) {
    this.context = context;
  }

  /**
   * What an import did.
   *
   * @param bank the bank
   * @param lines data lines read
   * @param posted lines posted now
   * @param alreadyPosted lines posted by an earlier import (same bank reference and content)
   * @param postedAmount yuan posted now
   * @param rejected the lines not posted, with the reason
   */
  public record Report(String bank, int lines, int posted, int alreadyPosted, BigDecimal postedAmount,
      List<Rejected> rejected) {}

  /**
   * A line not posted.
   *
   * @param line the line number in the file (the header is line 1)
   * @param bankRef the bank's reference, as read
   * @param accountNo the account, as read
   * @param amount the amount, as read
   * @param reason why
   */
  public record Rejected(int line, String bankRef, String accountNo, String amount, String reason) {}

  /**
   * Imports a file.
   *
   * @param bank the bank's code (letters and digits, e.g. ICBC)
   * @param fileName the file's name (.csv, .txt or .xlsx)
   * @param content its bytes
   * @return the report
   */
  public Report importFile(String bank, String fileName, byte[] content) {
    context.requirePermission(PaymentsModule.COLLECT);
    if (bank == null || !bank.matches("[A-Za-z0-9]{2,12}")) {
      throw new InvalidRequestException("银行代码为 2 至 12 位字母或数字 / the bank code has 2 to 12 letters or digits");
    }
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new InvalidRequestException("文件为空或超过 20 MB / the file is empty or larger than 20 MB");
    }
    String code = bank.toUpperCase(Locale.ROOT);
    SpreadsheetImport.Table table = context.service(SpreadsheetImport.class).read(fileName, content);
    PaymentService payments = new PaymentService(context);
    String by = "bank:" + code + "/" + context.user().map(UserInfo::username).orElse("system");
    int posted = 0;
    int again = 0;
    BigDecimal amount = BigDecimal.ZERO.setScale(2);
    List<Rejected> rejected = new ArrayList<>();
    List<Line> lines = lines(table);
    // every line checked first; the valid ones are posted together (they share transactions)
    List<Line> valid = new ArrayList<>();
    List<PaymentService.Posting> postings = new ArrayList<>();
    for (Line line : lines) {
      try {
        if (line.bankRef().isEmpty()) {
          throw new InvalidRequestException("缺少银行流水号 / the bank reference is missing");
        }
        BigDecimal value = parseAmount(line.amount());
        LocalDate day = parseDate(line.date());
        if (!line.holder().isEmpty() && !line.holder().equals(payments.holderOf(line.accountNo()))) {
          throw new InvalidRequestException("户名与户号不符 / the holder does not match the account");
        }
        postings.add(payments.posting("BANK:" + code, line.bankRef(),
            new PaymentRequest(line.accountNo(), value, "BANK", code, line.bankRef(), null), by, day));
        valid.add(line);
      } catch (ProblemException e) {
        rejected.add(new Rejected(line.line(), line.bankRef(), line.accountNo(), line.amount(), e.getMessage()));
      }
    }
    List<GroupCommit.Outcome<PaymentService.Posted>> outcomes = payments.postAll(postings);
    for (int i = 0; i < outcomes.size(); i++) {
      GroupCommit.Outcome<PaymentService.Posted> outcome = outcomes.get(i);
      Line line = valid.get(i);
      if (outcome.failure() instanceof ProblemException e) {
        rejected.add(new Rejected(line.line(), line.bankRef(), line.accountNo(), line.amount(), e.getMessage()));
      } else if (outcome.failure() != null) {
        throw outcome.failure();
      } else if (outcome.result().replayed()) {
        again++;
      } else {
        posted++;
        amount = amount.add(outcome.result().payment().amount());
      }
    }
    rejected.sort(java.util.Comparator.comparingInt(Rejected::line));
    context.audit().record("payments.bankfile", "bank:" + code, fileName + ": " + posted + " posted (" + amount
        + " yuan), " + again + " already posted, " + rejected.size() + " rejected");
    return new Report(code, lines.size(), posted, again, amount, rejected);
  }

  /**
   * A data line of a bank file, as read.
   *
   * @param line its line number (the header is line 1)
   * @param date the date cell
   * @param bankRef the bank's reference
   * @param accountNo the account
   * @param amount the amount cell
   * @param holder the holder cell, possibly empty
   */
  record Line(int line, String date, String bankRef, String accountNo, String amount, String holder) {}

  /**
   * Reads the data lines of a bank file (blank lines skipped).
   *
   * @param table the file as a table
   * @return its lines
   */
  static List<Line> lines(SpreadsheetImport.Table table) {
    int[] col = columns(table.headers());
    List<Line> lines = new ArrayList<>();
    int lineNo = 1;
    for (List<String> row : table.rows()) {
      lineNo++;
      Line line = new Line(lineNo, cell(row, col[0]), cell(row, col[1]), cell(row, col[2]), cell(row, col[3]),
          col[4] < 0 ? "" : cell(row, col[4]));
      if (!(line.date().isEmpty() && line.bankRef().isEmpty() && line.accountNo().isEmpty() && line.amount().isEmpty())) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static int[] columns(List<String> headers) {
    int[] col = {-1, -1, -1, -1, -1};
    List<String> names = List.of("date", "bankRef", "accountNo", "amount", "holder");
    for (int i = 0; i < headers.size(); i++) {
      String key = HEADERS.get(headers.get(i).trim().toLowerCase(Locale.ROOT));
      if (key != null) {
        col[names.indexOf(key)] = i;
      }
    }
    for (int i = 0; i < 4; i++) {
      if (col[i] < 0) {
        throw new InvalidRequestException("缺少列：交易日期、银行流水号、户号、金额 / the columns date, bankRef, accountNo and "
            + "amount are required; missing " + names.get(i));
      }
    }
    return col;
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() && row.get(index) != null ? row.get(index).trim() : "";
  }

  static BigDecimal parseAmount(String text) {
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("金额不是数字：" + text + " / the amount is not a number: " + text);
    }
  }

  static LocalDate parseDate(String text) {
    try {
      return text.matches("\\d{8}") ? LocalDate.parse(text, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
          : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("日期格式为 yyyy-MM-dd 或 yyyyMMdd：" + text + " / the date is yyyy-MM-dd or yyyyMMdd: "
          + text);
    }
  }
}
