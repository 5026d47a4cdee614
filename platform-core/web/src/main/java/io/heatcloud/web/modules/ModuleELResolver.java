package io.heatcloud.web.modules;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.core.plugins.LoadedModule;
import io.heatcloud.core.plugins.ModuleCalls;
import io.heatcloud.core.plugins.ModuleContexts;
import io.heatcloud.core.plugins.ModuleRegistry;
import io.heatcloud.core.plugins.ModuleUnloaded;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import jakarta.el.BeanELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.PluginClassLoader;

/**
 * Resolves plugin view models and runs every property access and method call on plugin objects
 * with the plugin's class loader as the context class loader.
 *
 * <p>In a view under {@code /modules/{pluginId}/}, {@code #{module}} is the module's {@link
 * ModuleViewSupport} and every name the plugin's {@code ViewContribution} declares is its view
 * model, created once per view (kept in the view map). Plugin objects get their own bean resolver,
 * dropped when the plugin is unloaded so that its property cache does not keep the classes.
 */
public class ModuleELResolver extends ELResolver {

  private static final Map<ClassLoader, BeanELResolver> RESOLVERS = new ConcurrentHashMap<>();

  /**
   * Drops the bean resolver of an unloaded plugin.
   *
   * @param event the unload
   */
  public static void forget(ModuleUnloaded event) {
    RESOLVERS.remove(event.classLoader());
    io.heatcloud.web.faces.RecordELResolver.forget(event.classLoader());
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base == null) {
      return resolveTopLevel(context, property);
    }
    ClassLoader loader = pluginLoader(base);
    if (loader == null) {
      return null;
    }
    return ModuleCalls.withLoader(loader, "view", "get " + property,
        () -> resolver(loader).getValue(context, base, property));
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
    ClassLoader loader = base == null ? null : pluginLoader(base);
    if (loader == null) {
      return null;
    }
    return ModuleCalls.withLoader(loader, "view", "call " + method,
        () -> resolver(loader).invoke(context, base, method, types, params));
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    ClassLoader loader = base == null ? null : pluginLoader(base);
    if (loader == null) {
      return null;
    }
    return ModuleCalls.withLoader(loader, "view", "type of " + property,
        () -> resolver(loader).getType(context, base, property));
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    ClassLoader loader = base == null ? null : pluginLoader(base);
    if (loader == null) {
      return;
    }
    ModuleCalls.withLoader(loader, "view", "set " + property, () -> {
      resolver(loader).setValue(context, base, property, value);
      return null;
    });
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    ClassLoader loader = base == null ? null : pluginLoader(base);
    if (loader == null) {
      return false;
    }
    return ModuleCalls.withLoader(loader, "view", "read-only " + property,
        () -> resolver(loader).isReadOnly(context, base, property));
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }

  private Object resolveTopLevel(ELContext context, Object property) {
    if (!(property instanceof String name)) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return null;
    }
    UIViewRoot root = faces.getViewRoot();
    String viewId = root != null ? root.getViewId() : faces.getExternalContext().getRequestServletPath();
    Optional<ModuleViewPath> path = ModuleViewPath.parse(viewId);
    Optional<AuthenticatedUser> user = Caller.currentUser();
    if (path.isEmpty() || user.isEmpty()) {
      return null;
    }
    ModuleRegistry registry = CDI.current().select(ModuleRegistry.class).get();
    Optional<LoadedModule> found = registry.usableModule(path.get().pluginId(), user.get().tenantCode());
    if (found.isEmpty()) {
      return null;
    }
    LoadedModule module = found.get();
    if ("module".equals(name)) {
      context.setPropertyResolved(true);
      return new ModuleViewSupport(module, faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
    }
    Function<ModuleContext, Object> factory = module.viewModels().get(name);
    if (factory == null) {
      return null;
    }
    context.setPropertyResolved(true);
    String key = "heatcloud.vm." + module.id() + "@" + module.version() + "." + name;
    Map<String, Object> viewMap = root == null ? null : root.getViewMap();
    Object model = viewMap == null ? null : viewMap.get(key);
    if (model == null) {
      NodeView company = CDI.current().select(OrgDirectory.class).get().activeCompany(user.get().tenantCode()).orElseThrow();
      ModuleContext moduleContext =
          CDI.current().select(ModuleContexts.class).get()
              .create(module, company, user.get(), root == null ? null : root.getLocale());
      model = ModuleCalls.call(module, "view model " + name, () -> factory.apply(moduleContext));
      if (viewMap != null) {
        viewMap.put(key, model);
      }
    }
    return model;
  }

  /** Plugin objects, except records (read by the platform's record resolver, after this one). */
  private static ClassLoader pluginLoader(Object base) {
    ClassLoader loader = base.getClass().getClassLoader();
    return loader instanceof PluginClassLoader && !base.getClass().isRecord() ? loader : null;
  }

  private static BeanELResolver resolver(ClassLoader loader) {
    return RESOLVERS.computeIfAbsent(loader, l -> new BeanELResolver());
  }
}
