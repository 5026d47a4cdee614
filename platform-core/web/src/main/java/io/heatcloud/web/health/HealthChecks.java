package io.heatcloud.web.health;

import io.heatcloud.core.bootstrap.BootState;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.plugins.PluginRecord;
import io.heatcloud.core.plugins.PluginRegistryStore;
import io.heatcloud.core.plugins.PluginState;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import io.heatcloud.core.tenancy.infrastructure.TenantConnectionProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The checks: the database (a round trip), the companies by status (a failed company is reported
 * but does not take the platform out of service), the plugins (loaded and failed).
 */
@ApplicationScoped
public class HealthChecks {

  @Resource(lookup = TenantConnectionProvider.DATASOURCE)
  DataSource dataSource;

  @Inject BootState boot;
  @Inject OrgDirectory directory;
  @Inject PluginHost host;
  @Inject PluginRegistryStore registry;

  /**
   * The readiness report.
   *
   * @return the checks
   */
  public List<Check> readiness() {
    return List.of(database(), tenants(), plugins());
  }

  /**
   * The liveness report.
   *
   * @return the checks
   */
  public List<Check> liveness() {
    return List.of(new Check("heatcloud-live", true, Json.createObjectBuilder().add("booted", boot.isReady()).build()));
  }

  private Check database() {
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      return new Check("heatcloud-database", true, Json.createObjectBuilder()
          .add("server", rs.getString(1))
          .add("roundTripMicros", (System.nanoTime() - start) / 1000)
          .build());
    } catch (Exception e) {
      return new Check("heatcloud-database", false,
          Json.createObjectBuilder().add("error", String.valueOf(e.getMessage())).build());
    }
  }

  private Check tenants() {
    if (!boot.isReady()) {
      return new Check("heatcloud-tenants", false, Json.createObjectBuilder().add("state", "starting").build());
    }
    List<NodeView> companies =
        directory.tree().all().stream().filter(n -> n.kind() == NodeKind.COMPANY).toList();
    JsonObjectBuilder data = Json.createObjectBuilder()
        .add("companies", companies.size())
        .add("bootMillis", boot.bootMillis());
    for (NodeStatus status : NodeStatus.values()) {
      String codes = companies.stream().filter(c -> c.status() == status).map(NodeView::code)
          .collect(Collectors.joining(","));
      if (!codes.isEmpty()) {
        data.add(status.name().toLowerCase(), codes);
      }
    }
    return new Check("heatcloud-tenants", true, data.build());
  }

  private Check plugins() {
    if (!boot.isReady()) {
      return new Check("heatcloud-plugins", false, Json.createObjectBuilder().add("state", "starting").build());
    }
    JsonObjectBuilder data = Json.createObjectBuilder().add("loaded",
        host.modules().stream().map(m -> m.id() + "@" + m.version()).collect(Collectors.joining(",")));
    String failed = registry.all().stream().filter(r -> r.getState() == PluginState.FAILED)
        .map(PluginRecord::getPluginId).collect(Collectors.joining(","));
    if (!failed.isEmpty()) {
      data.add("failed", failed);
    }
    return new Check("heatcloud-plugins", true, data.build());
  }

  /**
   * One check's outcome.
   *
   * @param name the check
   * @param up whether it passed
   * @param data details
   */
  public record Check(String name, boolean up, JsonObject data) {}
}
