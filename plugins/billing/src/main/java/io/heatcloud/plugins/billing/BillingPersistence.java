package io.heatcloud.plugins.billing;

import io.heatcloud.api.persistence.PersistenceContribution;
import io.heatcloud.plugins.billing.domain.Adjustment;
import io.heatcloud.plugins.billing.domain.BillingRun;
import io.heatcloud.plugins.billing.domain.LateFee;
import io.heatcloud.plugins.billing.domain.QualityRecord;
import io.heatcloud.plugins.billing.domain.ReceivableLine;
import io.heatcloud.plugins.billing.domain.Season;
import io.heatcloud.plugins.billing.domain.Suspension;
import io.heatcloud.plugins.billing.domain.Tariff;
import java.util.List;
import org.pf4j.Extension;

/** The module's tables ({@code billing_*}) and their changelog. */
@Extension
public class BillingPersistence implements PersistenceContribution {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Season.class, Tariff.class, Suspension.class, Adjustment.class, QualityRecord.class,
        BillingRun.class, ReceivableLine.class, LateFee.class);
  }

  @Override
  public String changelog() {
    return "db/billing/changelog.xml";
  }
}
