package io.heatcloud.plugins.payments;

import io.heatcloud.api.persistence.PersistenceContribution;
import io.heatcloud.plugins.payments.domain.Payment;
import io.heatcloud.plugins.payments.domain.PrepaidBalance;
import java.util.List;
import org.pf4j.Extension;

/** The payments module's entities and changelog. */
@Extension
public class PaymentsPersistence implements PersistenceContribution {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Payment.class, PrepaidBalance.class);
  }

  @Override
  public String changelog() {
    return "db/payments/changelog.xml";
  }
}
