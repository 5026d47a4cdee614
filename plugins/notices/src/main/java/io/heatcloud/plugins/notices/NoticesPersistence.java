package io.heatcloud.plugins.notices;

import io.heatcloud.api.persistence.PersistenceContribution;
import io.heatcloud.plugins.notices.domain.Notice;
import java.util.List;
import org.pf4j.Extension;

/** The module's table {@code notice} and its changelog. */
@Extension
public class NoticesPersistence implements PersistenceContribution {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Notice.class);
  }

  @Override
  public String changelog() {
    return "db/notices/changelog.xml";
  }
}
