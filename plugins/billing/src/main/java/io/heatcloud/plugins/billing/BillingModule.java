package io.heatcloud.plugins.billing;

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

/** What the billing module is: its menu, permissions and the company's rules as settings. */
@Extension
public class BillingModule implements HeatCloudModule {

  /** Reading seasons, tariffs, runs, statements and arrears. */
  public static final String VIEW = "billing.view";

  /** Seasons, tariffs and billing runs. */
  public static final String MANAGE = "billing.manage";

  /** Requesting adjustments, taking suspension applications, recording quality incidents. */
  public static final String ADJUST = "billing.adjust";

  /** Approving adjustments and suspensions (not one's own). */
  public static final String APPROVE = "billing.approve";

  /** Setting: heat-loss fee of a suspended room, % of its area charge (0: abolished, as in Shandong). */
  public static final String SUSPENSION_FEE_PERCENT = "suspensionFeePercent";

  /** Setting: quality compensation bands, e.g. 16:0.5,14:0.8. */
  public static final String QUALITY_BANDS = "qualityBands";

  /** Setting: the temperature a room must reach. */
  public static final String REQUIRED_TEMPERATURE = "requiredTemperature";

  /** Setting: late fee per day, e.g. 0.002 (2‰); 0 turns late fees off. */
  public static final String LATE_FEE_DAILY_RATE = "lateFeeDailyRate";

  /** Setting: days after the payment deadline before late fees start. */
  public static final String LATE_FEE_GRACE_DAYS = "lateFeeGraceDays";

  /** Setting: the most a late fee may reach, as a share of the season's billed amount. */
  public static final String LATE_FEE_CAP_RATIO = "lateFeeCapRatio";

  /** Setting: accounts per chunk (and per transaction) of a billing run. */
  public static final String RUN_CHUNK_SIZE = "runChunkSize";

  @Override
  public ModuleInfo info() {
    Set<Role> staff = Set.of(Role.COMPANY_ADMIN, Role.COMPANY_OPERATOR);
    Set<Role> admin = Set.of(Role.COMPANY_ADMIN);
    return new ModuleInfo(
        LocalizedText.of("计费", "Billing"),
        LocalizedText.of("采暖季、价格、停供、减免调整、计费批次、滞纳金、账单与欠费",
            "Seasons, tariffs, suspensions, adjustments, billing runs, late fees, statements and arrears"),
        List.of(
            new MenuItem(LocalizedText.of("采暖季与价格", "Seasons and tariffs"), "seasons.xhtml", "pi pi-calendar", VIEW),
            new MenuItem(LocalizedText.of("计费批次", "Billing runs"), "runs.xhtml", "pi pi-play", VIEW),
            new MenuItem(LocalizedText.of("账户账单", "Statements"), "statement.xhtml", "pi pi-file", VIEW),
            new MenuItem(LocalizedText.of("欠费与账龄", "Arrears"), "arrears.xhtml", "pi pi-chart-bar", VIEW),
            new MenuItem(LocalizedText.of("停供与调整", "Suspensions and adjustments"), "adjustments.xhtml",
                "pi pi-sliders-h", ADJUST)),
        List.of(
            new PermissionDefinition(VIEW, LocalizedText.of("查看计费", "View billing"), staff),
            new PermissionDefinition(MANAGE, LocalizedText.of("管理采暖季、价格和计费批次", "Manage seasons, tariffs and runs"), admin),
            new PermissionDefinition(ADJUST, LocalizedText.of("申请调整、受理停供、登记质量问题",
                "Request adjustments, take suspensions, record quality incidents"), staff),
            new PermissionDefinition(APPROVE, LocalizedText.of("审批调整和停供", "Approve adjustments and suspensions"), admin)),
        List.of(
            new SettingDefinition(SUSPENSION_FEE_PERCENT, LocalizedText.of("停供热损费比例(%)", "Suspension fee (% of area charge)"),
                SettingType.DECIMAL, "0"),
            new SettingDefinition(REQUIRED_TEMPERATURE, LocalizedText.of("室温标准(°C)", "Required room temperature (°C)"),
                SettingType.DECIMAL, "18"),
            new SettingDefinition(QUALITY_BANDS, LocalizedText.of("质量补偿档位(温度:退费比例)", "Quality compensation bands (°C:share)"),
                SettingType.TEXT, "16:0.5,14:0.8"),
            new SettingDefinition(LATE_FEE_DAILY_RATE, LocalizedText.of("滞纳金日费率", "Late fee per day"),
                SettingType.DECIMAL, "0.002"),
            new SettingDefinition(LATE_FEE_GRACE_DAYS, LocalizedText.of("滞纳金宽限天数", "Late fee grace days"),
                SettingType.INTEGER, "0"),
            new SettingDefinition(LATE_FEE_CAP_RATIO, LocalizedText.of("滞纳金上限(占应收比例)", "Late fee cap (share of billed)"),
                SettingType.DECIMAL, "1.00"),
            new SettingDefinition(RUN_CHUNK_SIZE, LocalizedText.of("计费每批账户数", "Accounts per billing chunk"),
                SettingType.INTEGER, "20000")));
  }
}
