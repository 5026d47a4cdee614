package io.heatcloud.core.plugins;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.indicators.IndicatorProvider;
import io.heatcloud.api.jobs.AccountBatchWork;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.api.lifecycle.ModuleLifecycle;
import io.heatcloud.api.module.ModuleInfo;
import io.heatcloud.api.persistence.PersistenceContribution;
import io.heatcloud.api.rest.PublicRestContribution;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.api.view.ViewContribution;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hibernate.SessionFactory;

/**
 * A plugin loaded and started in this JVM, with the extensions it contributes. Created by the
 * {@link PluginHost}; immutable but for the drain counter.
 */
public final class LoadedModule {

  private final String id;
  private final String version;
  private final String requires;
  private final Path archive;
  private final ClassLoader classLoader;
  private final ModuleInfo info;
  private final PersistenceContribution persistence;
  private final SessionFactory sessionFactory;
  private final RestContribution rest;
  private final PublicRestContribution publicRest;
  private final Map<String, Function<ModuleContext, Object>> viewModels;
  private final boolean hasViews;
  private final List<ScheduledJob> jobs;
  private final List<AccountBatchWork> batchWorks;
  private final List<IndicatorProvider> indicators;
  private final List<ModuleLifecycle> lifecycles;
  private final List<ServiceContribution<?>> services;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean closing;

  LoadedModule(
      String id,
      String version,
      String requires,
      Path archive,
      ClassLoader classLoader,
      ModuleInfo info,
      PersistenceContribution persistence,
      SessionFactory sessionFactory,
      RestContribution rest,
      PublicRestContribution publicRest,
      ViewContribution views,
      Map<String, Function<ModuleContext, Object>> viewModels,
      List<ScheduledJob> jobs,
      List<AccountBatchWork> batchWorks,
      List<IndicatorProvider> indicators,
      List<ModuleLifecycle> lifecycles,
      List<ServiceContribution<?>> services) {
    this.id = id;
    this.version = version;
    this.requires = requires;
    this.archive = archive;
    this.classLoader = classLoader;
    this.info = info;
    this.persistence = persistence;
    this.sessionFactory = sessionFactory;
    this.rest = rest;
    this.publicRest = publicRest;
    this.hasViews = views != null;
    this.viewModels = Map.copyOf(viewModels);
    this.jobs = List.copyOf(jobs);
    this.batchWorks = List.copyOf(batchWorks);
    this.indicators = List.copyOf(indicators);
    this.lifecycles = List.copyOf(lifecycles);
    this.services = List.copyOf(services);
  }

  /**
   * The plugin id.
   *
   * @return e.g. {@code notices}
   */
  public String id() {
    return id;
  }

  /**
   * The plugin version.
   *
   * @return e.g. {@code 1.0.0}
   */
  public String version() {
    return version;
  }

  /**
   * The API versions the plugin requires.
   *
   * @return the PF4J expression
   */
  public String requires() {
    return requires;
  }

  /**
   * The archive it was loaded from.
   *
   * @return the path
   */
  public Path archive() {
    return archive;
  }

  /**
   * The plugin's class loader.
   *
   * @return the loader
   */
  public ClassLoader classLoader() {
    return classLoader;
  }

  /**
   * The module's metadata.
   *
   * @return the info
   */
  public ModuleInfo info() {
    return info;
  }

  /**
   * The persistence contribution.
   *
   * @return it, if the plugin has tables
   */
  public Optional<PersistenceContribution> persistence() {
    return Optional.ofNullable(persistence);
  }

  /**
   * The plugin's session factory.
   *
   * @return it, if the plugin has tables
   */
  public Optional<SessionFactory> sessionFactory() {
    return Optional.ofNullable(sessionFactory);
  }

  /**
   * The REST contribution.
   *
   * @return it, if any
   */
  public Optional<RestContribution> rest() {
    return Optional.ofNullable(rest);
  }

  /**
   * Its resource for callers without a login, if any.
   *
   * @return the public REST contribution
   */
  public Optional<PublicRestContribution> publicRest() {
    return Optional.ofNullable(publicRest);
  }

  /**
   * Whether the plugin has views.
   *
   * @return true when it contributes a {@link ViewContribution}
   */
  public boolean hasViews() {
    return hasViews;
  }

  /**
   * The view model factories by name.
   *
   * @return the factories
   */
  public Map<String, Function<ModuleContext, Object>> viewModels() {
    return viewModels;
  }

  /**
   * The scheduled jobs.
   *
   * @return the jobs
   */
  public List<ScheduledJob> jobs() {
    return jobs;
  }

  /**
   * The batch work over accounts.
   *
   * @return the works
   */
  public List<AccountBatchWork> batchWorks() {
    return batchWorks;
  }

  /**
   * The indicator providers.
   *
   * @return the providers
   */
  public List<IndicatorProvider> indicators() {
    return indicators;
  }

  /**
   * The lifecycle hooks.
   *
   * @return the hooks
   */
  public List<ModuleLifecycle> lifecycles() {
    return lifecycles;
  }

  /**
   * The services it offers to other modules.
   *
   * @return the service contributions
   */
  public List<ServiceContribution<?>> services() {
    return services;
  }

  /**
   * Enters a unit of work (a transaction) on the module.
   *
   * @throws ModuleUnavailableException while the module is being unloaded
   */
  void enter() {
    inFlight.incrementAndGet();
    if (closing) {
      inFlight.decrementAndGet();
      throw new ModuleUnavailableException(id);
    }
  }

  /** Leaves a unit of work. */
  void exit() {
    inFlight.decrementAndGet();
  }

  /**
   * Refuses new work and waits for the work in flight to end.
   *
   * @param timeout how long to wait at most
   * @return true when no work is in flight any more
   */
  boolean drain(Duration timeout) {
    closing = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return inFlight.get() == 0;
  }

  /**
   * Whether the module is being unloaded.
   *
   * @return true once draining began
   */
  public boolean isClosing() {
    return closing;
  }
}
