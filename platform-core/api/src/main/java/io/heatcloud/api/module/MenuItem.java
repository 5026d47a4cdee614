package io.heatcloud.api.module;

import io.heatcloud.api.LocalizedText;
import java.io.Serializable;
import java.util.Objects;

/**
 * An entry in the company menu that opens one of the module's views.
 *
 * @param label the text shown
 * @param view the view's file inside the plugin's {@code views/} folder, e.g. {@code board.xhtml};
 *     it is served at {@code /modules/{pluginId}/board.xhtml}
 * @param icon a PrimeIcons class such as {@code pi pi-megaphone}, may be null
 * @param permission the permission a user needs to see the entry, may be null for every user of
 *     the company
 */
public record MenuItem(LocalizedText label, String view, String icon, String permission)
    implements Serializable {

  /**
   * Checks the label and the view name.
   *
   * @param label see the record component
   * @param view see the record component
   * @param icon see the record component
   * @param permission see the record component
   */
  public MenuItem {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(view, "view");
    if (!view.matches("[a-z0-9][a-z0-9_/-]*\\.xhtml")) {
      throw new IllegalArgumentException("view must be a relative .xhtml name: " + view);
    }
  }
}
