package io.heatcloud.plugins.paysim;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.module.HeatCloudModule;
import io.heatcloud.api.module.ModuleInfo;
import io.heatcloud.api.module.SettingDefinition;
import io.heatcloud.api.module.SettingType;
import java.util.List;
import org.pf4j.Extension;

/** The simulator's settings: the merchant's key, and how its notifications misbehave. */
@Extension
public class PaysimModule implements HeatCloudModule {

  /** Setting: the shared secret of the merchant (the company) and the gateway. */
  public static final String SECRET = "secret";

  /** Setting: how many copies of each notification are sent (at once, in random order). */
  public static final String COPIES = "notificationCopies";

  /** Setting: the longest random delay before a copy is sent, in milliseconds. */
  public static final String DELAY_MS = "notificationDelayMs";

  /** Setting: how many first delivery attempts of each notification are lost (as in a timeout). */
  public static final String LOST = "lostNotifications";

  /** Setting: how late the gateway answers API calls, in milliseconds (after doing what was asked). */
  public static final String API_DELAY_MS = "apiDelayMs";

  /** Setting: how long the platform waits for the gateway's answer, in milliseconds. */
  public static final String CLIENT_TIMEOUT_MS = "clientTimeoutMs";

  /** Setting: seconds a signed request or notification stays valid. */
  public static final String WINDOW_SECONDS = "signatureWindowSeconds";

  @Override
  public ModuleInfo info() {
    return new ModuleInfo(
        LocalizedText.of("支付模拟器", "Payment gateway simulator"),
        LocalizedText.of("模拟线上支付渠道：签名请求与异步通知、重复与乱序通知、查询、退款、对账单",
            "A simulated online gateway: signed requests and notifications, duplicates, out of order, query, refunds, statements"),
        List.of(),
        List.of(),
        List.of(
            new SettingDefinition(SECRET, LocalizedText.of("商户密钥", "Merchant secret"), SettingType.TEXT,
                "paysim-demo-secret-change-me"),
            new SettingDefinition(COPIES, LocalizedText.of("每条通知发送份数", "Copies of each notification"),
                SettingType.INTEGER, "2"),
            new SettingDefinition(DELAY_MS, LocalizedText.of("通知最大随机延迟(毫秒)", "Longest notification delay (ms)"),
                SettingType.INTEGER, "300"),
            new SettingDefinition(LOST, LocalizedText.of("每条通知丢失的前几次投递", "First deliveries lost"),
                SettingType.INTEGER, "0"),
            new SettingDefinition(API_DELAY_MS, LocalizedText.of("网关接口应答延迟(毫秒，模拟超时)",
                "Gateway API answer delay (ms, simulates timeouts)"), SettingType.INTEGER, "0"),
            new SettingDefinition(CLIENT_TIMEOUT_MS, LocalizedText.of("平台等待网关应答(毫秒)",
                "Platform waits for the gateway (ms)"), SettingType.INTEGER, "10000"),
            new SettingDefinition(WINDOW_SECONDS, LocalizedText.of("签名有效期(秒)", "Signature window (s)"),
                SettingType.INTEGER, "300")),
        List.of("payments"));
  }
}
