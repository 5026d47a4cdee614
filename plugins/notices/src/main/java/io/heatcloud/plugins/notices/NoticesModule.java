package io.heatcloud.plugins.notices;

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

/** What the notices module is: its name, menu, permissions and settings. */
@Extension
public class NoticesModule implements HeatCloudModule {

  /** Reading notices. */
  public static final String VIEW = "notices.view";

  /** Publishing and withdrawing notices. */
  public static final String PUBLISH = "notices.publish";

  /** Days a notice stays valid when the author gives no end date. */
  public static final String DEFAULT_VALIDITY_DAYS = "defaultValidityDays";

  @Override
  public ModuleInfo info() {
    return new ModuleInfo(
        LocalizedText.of("通知公告", "Notices"),
        LocalizedText.of("发布供热季、停热检修和收费通知", "Heating-season, outage and billing notices"),
        List.of(new MenuItem(LocalizedText.of("通知公告", "Notice board"), "board.xhtml", "pi pi-megaphone", VIEW)),
        List.of(
            new PermissionDefinition(VIEW, LocalizedText.of("查看通知", "Read notices"),
                Set.of(Role.COMPANY_ADMIN, Role.COMPANY_OPERATOR)),
            new PermissionDefinition(PUBLISH, LocalizedText.of("发布通知", "Publish notices"),
                Set.of(Role.COMPANY_ADMIN))),
        List.of(new SettingDefinition(DEFAULT_VALIDITY_DAYS,
            LocalizedText.of("默认有效天数", "Default validity (days)"), SettingType.INTEGER, "30")));
  }
}
