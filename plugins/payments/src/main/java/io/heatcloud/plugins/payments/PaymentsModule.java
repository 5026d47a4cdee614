package io.heatcloud.plugins.payments;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.module.HeatCloudModule;
import io.heatcloud.api.module.MenuItem;
import io.heatcloud.api.module.ModuleInfo;
import io.heatcloud.api.module.PermissionDefinition;
import io.heatcloud.api.module.SettingDefinition;
import io.heatcloud.api.module.SettingType;
import io.heatcloud.api.security.Role;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** What the payments module tells the platform: menu, permissions, settings; it requires billing. */
@Extension
public class PaymentsModule implements HeatCloudModule {

  /** See payments and receipts. */
  public static final String VIEW = "payments.view";

  /** Take payments at the counter and import bank files. */
  public static final String COLLECT = "payments.collect";

  /** Refund and reverse payments. */
  public static final String REFUND = "payments.refund";

  /** Reconcile channels and close days. */
  public static final String RECONCILE = "payments.reconcile";

  /** Setting: allocation order, OLDEST_FIRST or NEWEST_FIRST. */
  public static final String ALLOCATION_ORDER = "allocationOrder";

  /** Setting: whether late fees are paid before the principal of the same season. */
  public static final String LATE_FEES_FIRST = "lateFeesFirst";

  /** Setting: the prefix of receipt numbers. */
  public static final String RECEIPT_PREFIX = "receiptPrefix";

  /** Setting: seconds after which an unpaid online order is queried at its gateway. */
  public static final String QUERY_AFTER_SECONDS = "queryOrdersAfterSeconds";

  /** Setting: the largest single payment accepted, yuan. */
  public static final String MAX_AMOUNT = "maxAmount";

  /** Setting: whether prepaid balances are applied to new charges automatically. */
  public static final String AUTO_APPLY_PREPAID = "autoApplyPrepaid";

  /** Setting: the seller's unified social credit code (统一社会信用代码) printed on invoices. */
  public static final String SELLER_TAX_ID = "sellerTaxId";

  /** Setting: the two-digit area code at the head of invoice numbers. */
  public static final String INVOICE_AREA = "invoiceArea";

  /** Setting: the VAT rate on heating of residential premises (0 = exempt, 免税). */
  public static final String RESIDENTIAL_TAX_RATE = "residentialTaxRate";

  /** Setting: the VAT rate on heating of other premises. */
  public static final String OTHER_TAX_RATE = "otherTaxRate";

  @Override
  public ModuleInfo info() {
    Set<Role> staff = Set.of(Role.COMPANY_ADMIN, Role.COMPANY_OPERATOR);
    Set<Role> admin = Set.of(Role.COMPANY_ADMIN);
    return new ModuleInfo(
        LocalizedText.of("收费", "Payments"),
        LocalizedText.of("营业厅收费、银行代收、线上支付、冲正退款、收据",
            "Counter, bank and online payments, refunds and reversals, receipts"),
        List.of(
            new MenuItem(LocalizedText.of("营业厅收费", "Counter"), "counter.xhtml", "pi pi-wallet", COLLECT),
            new MenuItem(LocalizedText.of("缴费记录", "Payments"), "payments.xhtml", "pi pi-list", VIEW),
            new MenuItem(LocalizedText.of("对账", "Reconciliation"), "reconciliation.xhtml", "pi pi-check-square", VIEW)),
        List.of(
            new PermissionDefinition(VIEW, LocalizedText.of("查看缴费", "View payments"), staff),
            new PermissionDefinition(COLLECT, LocalizedText.of("收费", "Take payments"), staff),
            new PermissionDefinition(REFUND, LocalizedText.of("退款与冲正", "Refund and reverse payments"), admin),
            new PermissionDefinition(RECONCILE, LocalizedText.of("对账与关账", "Reconcile channels and close days"), admin)),
        List.of(
            new SettingDefinition(ALLOCATION_ORDER, LocalizedText.of("销账顺序(OLDEST_FIRST 先旧后新 / NEWEST_FIRST)",
                "Allocation order (OLDEST_FIRST / NEWEST_FIRST)"), SettingType.TEXT, "OLDEST_FIRST"),
            new SettingDefinition(LATE_FEES_FIRST, LocalizedText.of("同一采暖季先销滞纳金", "Late fees before principal"),
                SettingType.BOOLEAN, "false"),
            new SettingDefinition(RECEIPT_PREFIX, LocalizedText.of("收据号前缀", "Receipt number prefix"),
                SettingType.TEXT, "SJ"),
            new SettingDefinition(QUERY_AFTER_SECONDS, LocalizedText.of("线上订单多久未收到通知即查询(秒)",
                "Query online orders without notification after (s)"), SettingType.INTEGER, "60"),
            new SettingDefinition(MAX_AMOUNT, LocalizedText.of("单笔最高金额(元)", "Largest single payment (yuan)"),
                SettingType.DECIMAL, "1000000"),
            new SettingDefinition(AUTO_APPLY_PREPAID, LocalizedText.of("预存款自动抵扣新的应收(每 30 分钟)",
                "Apply prepaid balances to new charges automatically (every 30 minutes)"), SettingType.BOOLEAN, "true"),
            new SettingDefinition(SELLER_TAX_ID, LocalizedText.of("销售方统一社会信用代码", "Seller's tax id (USCC)"),
                SettingType.TEXT, ""),
            new SettingDefinition(INVOICE_AREA, LocalizedText.of("发票号码地区代码(两位数字)", "Invoice number area code (2 digits)"),
                SettingType.TEXT, "37"),
            new SettingDefinition(RESIDENTIAL_TAX_RATE, LocalizedText.of("居民供暖增值税税率(0 为免税)",
                "VAT rate on residential heating (0 = exempt)"), SettingType.DECIMAL, "0"),
            new SettingDefinition(OTHER_TAX_RATE, LocalizedText.of("非居民供暖增值税税率", "VAT rate on other heating"),
                SettingType.DECIMAL, "0.09")),
        List.of("billing"));
  }
}
