package io.heatcloud.plugins.notices;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.indicators.IndicatorDefinition;
import io.heatcloud.api.indicators.IndicatorProvider;
import io.heatcloud.api.indicators.IndicatorValue;
import io.heatcloud.plugins.notices.application.NoticeService;
import java.math.BigDecimal;
import java.util.List;
import org.pf4j.Extension;

/** The number of notices in force. */
@Extension
public class NoticesIndicators implements IndicatorProvider {

  /** Notices published and not yet expired. */
  public static final String ACTIVE = "notices.active";

  @Override
  public List<IndicatorDefinition> indicators() {
    return List.of(new IndicatorDefinition(ACTIVE, LocalizedText.of("有效通知数", "Notices in force"), "",
        IndicatorDefinition.RollUp.SUM));
  }

  @Override
  public IndicatorValue compute(String code, ModuleContext context) {
    if (!ACTIVE.equals(code)) {
      throw new IllegalArgumentException("unknown indicator " + code);
    }
    return IndicatorValue.of(code, BigDecimal.valueOf(new NoticeService(context).countPublished()));
  }
}
