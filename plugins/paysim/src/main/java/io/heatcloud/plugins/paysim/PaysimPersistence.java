package io.heatcloud.plugins.paysim;

import io.heatcloud.api.persistence.PersistenceContribution;
import java.util.List;
import org.pf4j.Extension;

/** The simulator's tables; it reads and writes them with SQL, it has no entities. */
@Extension
public class PaysimPersistence implements PersistenceContribution {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of();
  }

  @Override
  public String changelog() {
    return "db/paysim/changelog.xml";
  }
}
