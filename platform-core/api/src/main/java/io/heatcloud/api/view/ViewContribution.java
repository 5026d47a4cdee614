package io.heatcloud.api.view;

import io.heatcloud.api.context.ModuleContext;
import java.util.Map;
import java.util.function.Function;
import org.pf4j.ExtensionPoint;

/**
 * The plugin's screens.
 *
 * <p>Views are Facelets files in the archive's {@code views/} folder, served at {@code
 * /modules/{pluginId}/<file>.xhtml} inside the platform's layout: a view uses {@code
 * <ui:composition template="/WEB-INF/templates/layout.xhtml">} and fills the {@code content}
 * section; PrimeFaces components and Ajax work as in the platform's own views. Only users of a
 * company that enabled the module reach them; everybody else gets 404.
 *
 * <p>View models are plain objects created by the factories returned here, one instance per view
 * (they live as long as the user stays on the view). A view refers to them by name, e.g. {@code
 * #{board.notices}}; names are resolved only inside the plugin's own views. Every property read
 * and method call on a view model runs with the plugin's class loader as the context class loader.
 * The platform's message bundle is available as {@code #{msg}}, the module's own as {@code
 * #{module.text['key']}} (bundle {@code i18n/messages} in the archive).
 */
public interface ViewContribution extends ExtensionPoint {

  /**
   * The view models by name.
   *
   * @return factories that create a view model for a context
   */
  Map<String, Function<ModuleContext, Object>> viewModels();
}
