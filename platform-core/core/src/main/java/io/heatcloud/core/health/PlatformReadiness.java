package io.heatcloud.core.health;

import io.heatcloud.core.bootstrap.BootState;
import io.heatcloud.core.plugins.LoadedModule;
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
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Health of the platform at {@code /health/ready} and {@code /health/live} on the management
 * port: the database (a round trip), the companies (by status; a failed company is reported but
 * does not take the platform out of service), the plugins (loaded, failed).
 */
@ApplicationScoped
public class PlatformReadiness {

  @Resource(lookup = TenantConnectionProvider.DATASOURCE)
  DataSource dataSource;

  @Inject BootState boot;
  @Inject OrgDirectory directory;
  @Inject PluginHost host;
  @Inject PluginRegistryStore registry;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      HealthCheckResponseBuilder response = HealthCheckResponse.named("heatcloud-database");
      long start = System.nanoTime();
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT version()")) {
        rs.next();
        return response.up()
            .withData("server", rs.getString(1))
            .withData("roundTripMicros", (System.nanoTime() - start) / 1000)
            .build();
      } catch (Exception e) {
        return response.down().withData("error", String.valueOf(e.getMessage())).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck tenants() {
    return () -> {
      HealthCheckResponseBuilder response = HealthCheckResponse.named("heatcloud-tenants");
      if (!boot.isReady()) {
        return response.down().withData("state", "starting").build();
      }
      var companies =
          directory.tree().all().stream().filter(n -> n.kind() == NodeKind.COMPANY).toList();
      response.up()
          .withData("companies", companies.size())
          .withData("bootMillis", boot.bootMillis());
      for (NodeStatus status : NodeStatus.values()) {
        String codes =
            companies.stream().filter(c -> c.status() == status).map(NodeView::code)
                .collect(Collectors.joining(","));
        if (!codes.isEmpty()) {
          response.withData(status.name().toLowerCase(), codes);
        }
      }
      return response.build();
    };
  }

  @Produces
  @Readiness
  HealthCheck plugins() {
    return () -> {
      HealthCheckResponseBuilder response = HealthCheckResponse.named("heatcloud-plugins");
      if (!boot.isReady()) {
        return response.down().withData("state", "starting").build();
      }
      response.up().withData(
          "loaded",
          host.modules().stream().map(m -> m.id() + "@" + m.version()).collect(Collectors.joining(",")));
      String failed =
          registry.all().stream()
              .filter(r -> r.getState() == PluginState.FAILED)
              .map(PluginRecord::getPluginId)
              .collect(Collectors.joining(","));
      if (!failed.isEmpty()) {
        response.withData("failed", failed);
      }
      return response.build();
    };
  }

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.named("heatcloud-live").up()
        .withData("modules", host.modules().stream().map(LoadedModule::id).collect(Collectors.joining(",")))
        .build();
  }
}
