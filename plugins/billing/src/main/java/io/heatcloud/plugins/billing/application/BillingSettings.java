package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.module.ModuleSettings;
import io.heatcloud.plugins.billing.BillingModule;
import io.heatcloud.plugins.billing.rating.LateFeeRule;
import io.heatcloud.plugins.billing.rating.QualityBands;
import io.heatcloud.plugins.billing.rating.RatingRules;

/** The company's billing rules, from the module settings. */
final class BillingSettings {

  private BillingSettings() {}

  static RatingRules rules(ModuleSettings settings) {
    return new RatingRules(settings.decimal(BillingModule.SUSPENSION_FEE_PERCENT),
        QualityBands.parse(settings.decimal(BillingModule.REQUIRED_TEMPERATURE),
            settings.text(BillingModule.QUALITY_BANDS)));
  }

  static LateFeeRule lateFees(ModuleSettings settings) {
    return new LateFeeRule(settings.decimal(BillingModule.LATE_FEE_DAILY_RATE),
        (int) settings.integer(BillingModule.LATE_FEE_GRACE_DAYS), settings.decimal(BillingModule.LATE_FEE_CAP_RATIO));
  }

  static int chunkSize(ModuleSettings settings) {
    return (int) Math.max(50, Math.min(20_000, settings.integer(BillingModule.RUN_CHUNK_SIZE)));
  }
}
