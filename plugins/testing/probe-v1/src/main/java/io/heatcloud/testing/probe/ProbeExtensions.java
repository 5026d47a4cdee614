package io.heatcloud.testing.probe;

import io.heatcloud.api.LocalizedText;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.module.HeatCloudModule;
import io.heatcloud.api.module.MenuItem;
import io.heatcloud.api.module.ModuleInfo;
import io.heatcloud.api.module.PermissionDefinition;
import io.heatcloud.api.persistence.PersistenceContribution;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.api.security.Role;
import io.heatcloud.api.view.ViewContribution;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pf4j.Extension;

/** The probe's extensions. */
public final class ProbeExtensions {

  private ProbeExtensions() {}

  /** Name, menu and permission. */
  @Extension
  public static class Module implements HeatCloudModule {
    @Override
    public ModuleInfo info() {
      return new ModuleInfo(
          LocalizedText.of("探针", "Probe"),
          LocalizedText.of("测试用插件", "A plugin for the tests"),
          List.of(new MenuItem(LocalizedText.of("探针", "Probe items"), "items.xhtml", "pi pi-compass", "probe.use")),
          List.of(new PermissionDefinition("probe.use", LocalizedText.of("使用探针", "Use the probe"),
              Set.of(Role.COMPANY_ADMIN, Role.COMPANY_OPERATOR))),
          List.of());
    }
  }

  /** The table and its changelog. */
  @Extension
  public static class Persistence implements PersistenceContribution {
    @Override
    public List<Class<?>> entityClasses() {
      return List.of(ProbeItem.class);
    }

    @Override
    public String changelog() {
      return "db/probe/changelog.xml";
    }
  }

  /** The REST resource. */
  @Extension
  public static class Rest implements RestContribution {
    @Override
    public Object resource(ModuleContext context) {
      return new ProbeResource(context);
    }
  }

  /** The view model {@code #{probe}}. */
  @Extension
  public static class Views implements ViewContribution {
    @Override
    public Map<String, Function<ModuleContext, Object>> viewModels() {
      return Map.of("probe", ProbeViewModel::new);
    }
  }
}
