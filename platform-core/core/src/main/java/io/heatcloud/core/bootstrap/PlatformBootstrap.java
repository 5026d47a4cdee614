package io.heatcloud.core.bootstrap;

import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.jobs.JobScheduler;
import io.heatcloud.core.jobs.batch.BatchJobService;
import io.heatcloud.core.migration.Changelogs;
import io.heatcloud.core.migration.SchemaMigrator;
import io.heatcloud.core.plugins.PluginHost;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.SchemaNames;
import io.heatcloud.core.tenancy.application.ChangeLock;
import io.heatcloud.core.tenancy.application.CompanyProvisioner;
import io.heatcloud.core.tenancy.application.NodeStore;
import io.heatcloud.core.tenancy.application.OrgDirectory;
import io.heatcloud.core.tenancy.descriptors.DescriptorService;
import io.heatcloud.core.tenancy.domain.NodeKind;
import io.heatcloud.core.tenancy.domain.NodeStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Starts the platform when the application is deployed, and watches the tenants and plugins
 * directories while it runs.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class);

  @Inject PlatformConfig config;
  @Inject SchemaMigrator migrator;
  @Inject PluginHost plugins;
  @Inject DescriptorService descriptors;
  @Inject OrgDirectory directory;
  @Inject CompanyProvisioner provisioner;
  @Inject NodeStore nodes;
  @Inject JobScheduler jobs;
  @Inject BootState state;
  @Inject BatchJobService batchJobs;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> watcher;

  @PostConstruct
  void start() {
    long start = System.nanoTime();
    Caller.set(Caller.SYSTEM);
    try {
      migrator.migrate(SchemaNames.PLATFORM, Changelogs.PLATFORM, getClass().getClassLoader(), Changelogs.CORE_TABLE);
      Set<String> loaded = plugins.start();
      int applied = descriptors.scan(true);
      List<NodeView> companies =
          directory.tree().all().stream().filter(n -> n.kind() == NodeKind.COMPANY).toList();
      for (NodeView company : companies) {
        migrateExisting(company);
      }
      for (NodeView company : directory.tree().all()) {
        if (company.kind() == NodeKind.COMPANY && company.status() == NodeStatus.ACTIVE) {
          batchJobs.markInterrupted(company);
        }
      }
      directory.invalidate();
      long millis = (System.nanoTime() - start) / 1_000_000;
      state.ready(millis);
      long heapMb =
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      LOG.infof(
          "HeatCloud ready in %d ms: %d companies, %d descriptors applied, plugins %s, heap used %d MB",
          millis, companies.size(), applied, loaded, heapMb);
      banner();
    } finally {
      Caller.clear();
    }
    Duration interval = config.watchInterval();
    watcher =
        scheduler.scheduleWithFixedDelay(
            this::watch, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void migrateExisting(NodeView company) {
    ChangeLock.run(
        () -> {
          try {
            if (company.status() == NodeStatus.FAILED || company.status() == NodeStatus.PROVISIONING) {
              LOG.infof("retrying the provisioning of %s", company.code());
              provisioner.migrate(company);
              nodes.changeStatus(company.code(), NodeStatus.ACTIVE, null);
            } else {
              provisioner.migrate(company);
            }
          } catch (RuntimeException e) {
            LOG.errorf("company %s could not be migrated: %s", company.code(), e.getMessage());
            nodes.changeStatus(company.code(), NodeStatus.FAILED, e.getMessage());
          }
          return null;
        });
  }

  private void watch() {
    Caller.set(Caller.SYSTEM);
    try {
      plugins.reconcileDirectory();
      descriptors.scan(false);
    } catch (RuntimeException e) {
      LOG.errorf(e, "directory watch failed");
    } finally {
      Caller.clear();
    }
  }

  /** Runs the plugins' due jobs, once a minute. */
  @Schedule(minute = "*", hour = "*", persistent = false)
  void runJobs() {
    if (!state.isReady()) {
      return;
    }
    Caller.set(Caller.SYSTEM);
    try {
      jobs.tick();
    } catch (RuntimeException e) {
      LOG.errorf(e, "job tick failed");
    } finally {
      Caller.clear();
    }
  }

  @PreDestroy
  void stop() {
    if (watcher != null) {
      watcher.cancel(false);
    }
  }

  private void banner() {
    String url = config.publicUrl();
    StringBuilder text = new StringBuilder();
    text.append("\n==================================================================\n");
    text.append(" HeatCloud 热云 is running: ").append(url).append('\n');
    text.append(" Customer portal: ").append(url).append("portal/login.xhtml").append('\n');
    text.append(" Tenants directory: ").append(config.tenantsDirectory()).append('\n');
    text.append(" Plugins directory: ").append(config.pluginsDirectory()).append('\n');
    if (Boolean.getBoolean("heatcloud.demo.print-accounts")) {
      text.append(" Demo accounts (user / password / role @ node):\n");
      for (String line : descriptors.demoAccounts()) {
        text.append("   ").append(line).append('\n');
      }
    }
    text.append("==================================================================");
    LOG.info(text);
  }
}
