package io.heatcloud.testing.probe;

import io.heatcloud.api.context.ModuleContext;
import java.util.List;

/** {@code #{probe}}: the items and the probe's version, for {@code views/items.xhtml}. */
public class ProbeViewModel {

  private final ModuleContext context;

  /**
   * Creates the view model.
   *
   * @param context the user's context
   */
  public ProbeViewModel(ModuleContext context) {
    this.context = context;
  }

  /**
   * The items.
   *
   * @return every item
   */
  public List<ProbeItem> getItems() {
    return context.inTransaction(em ->
        em.createQuery("SELECT i FROM ProbeItem i ORDER BY i.id", ProbeItem.class).getResultList());
  }

  /**
   * The version.
   *
   * @return the probe's version
   */
  public String getVersion() {
    return ProbeInfo.version();
  }

  /**
   * Whether the call runs with the plugin's class loader.
   *
   * @return true when it does
   */
  public boolean isOwnClassLoader() {
    return Thread.currentThread().getContextClassLoader() == ProbeViewModel.class.getClassLoader();
  }
}
