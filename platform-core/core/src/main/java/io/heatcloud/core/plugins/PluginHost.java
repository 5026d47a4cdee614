package io.heatcloud.core.plugins;

import io.heatcloud.api.PlatformApi;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.indicators.IndicatorProvider;
import io.heatcloud.api.context.ServiceContribution;
import io.heatcloud.api.jobs.AccountBatchWork;
import io.heatcloud.api.jobs.ScheduledJob;
import io.heatcloud.api.lifecycle.ModuleLifecycle;
import io.heatcloud.api.module.HeatCloudModule;
import io.heatcloud.api.module.MenuItem;
import io.heatcloud.api.module.ModuleInfo;
import io.heatcloud.api.module.PermissionDefinition;
import io.heatcloud.api.persistence.PersistenceContribution;
import io.heatcloud.api.rest.PublicRestContribution;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.api.view.ViewContribution;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.config.PlatformConfig;
import io.heatcloud.core.tenancy.application.ChangeLock;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads, upgrades and removes plugins while the platform runs.
 *
 * <p>The plugins directory is the source of truth: an archive dropped there is installed, a newer
 * version of an installed plugin replaces it, an archive that disappears removes its plugin. An
 * upload in the console writes the archive into the directory (under its versioned name) and
 * installs it at once. Removing a plugin takes its menus, endpoints and views away and leaves its
 * tables and data in place. A refused archive changes nothing: the previous version, if any,
 * keeps running.
 */
@ApplicationScoped
public class PluginHost {

  /** The largest archive accepted. */
  public static final long MAX_ARCHIVE_BYTES = 50L * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(PluginHost.class);
  private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,30}");
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

  @Inject PlatformConfig config;
  @Inject PluginRegistryStore store;
  @Inject ModuleEnablement enablement;
  @Inject ModuleRegistry registry;
  @Inject AuditLog audit;
  @Inject Event<ModuleUnloaded> unloaded;

  private final Map<String, LoadedModule> modules = new ConcurrentHashMap<>();
  private final Map<Path, Seen> seen = new HashMap<>();
  private final Deque<PluginEvent> events = new ArrayDeque<>();
  private volatile HeatCloudPluginManager manager;

  private record Seen(long size, FileTime modified, String outcome) {}

  /**
   * Starts the host: loads every archive in the plugins directory.
   *
   * @return the ids loaded
   */
  public Set<String> start() {
    Path dir = config.pluginsDirectory();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the plugins directory " + dir, e);
    }
    manager = new HeatCloudPluginManager(dir);
    LOG.infof("plugin host started on %s (API %s)", dir, PlatformApi.VERSION);
    reconcile(true);
    store.markOthersRemoved(modules.keySet());
    return Set.copyOf(modules.keySet());
  }

  @PreDestroy
  void stop() {
    for (LoadedModule module : List.copyOf(modules.values())) {
      try {
        unload(module);
      } catch (RuntimeException e) {
        LOG.warnf("could not unload %s: %s", module.id(), e);
      }
    }
  }

  /**
   * The loaded plugins.
   *
   * @return them, by id
   */
  public Collection<LoadedModule> modules() {
    return modules.values().stream().sorted(Comparator.comparing(LoadedModule::id)).toList();
  }

  /**
   * A loaded plugin.
   *
   * @param pluginId the id
   * @return the plugin, if loaded
   */
  public Optional<LoadedModule> module(String pluginId) {
    return Optional.ofNullable(pluginId == null ? null : modules.get(pluginId));
  }

  /**
   * What happened to plugins lately, newest first.
   *
   * @return up to 50 events
   */
  public List<PluginEvent> recentEvents() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /**
   * Installs an uploaded archive: checks it, stores it in the plugins directory under its
   * versioned name and loads it (replacing an older version).
   *
   * @param fileName the name the client gave, for messages
   * @param content the archive
   * @return the plugin as loaded
   * @throws PluginRefusedException when the archive is refused; nothing changed then
   */
  public LoadedModule installUpload(String fileName, InputStream content) {
    Path dir = config.pluginsDirectory();
    Path temp;
    try {
      // a hidden name: the directory watcher ignores it; the .jar suffix lets PF4J read it
      temp = Files.createTempFile(dir, ".upload-", ".jar");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      long size;
      try (InputStream in = content) {
        size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      if (size > MAX_ARCHIVE_BYTES) {
        throw refuse(fileName, null, "archive larger than 50 MB");
      }
      ArchiveDescriptor descriptor = inspect(temp, fileName);
      return ChangeLock.run(() -> install(descriptor, temp));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        LOG.debugf("could not delete %s", temp);
      }
    }
  }

  /**
   * Removes a plugin: unloads it and deletes its archive. Its tables stay, and so does the record
   * of which companies enabled it.
   *
   * @param pluginId the plugin
   * @throws IllegalArgumentException when it is not loaded
   */
  public void remove(String pluginId) {
    ChangeLock.run(
        () -> {
          LoadedModule module = modules.get(pluginId);
          if (module == null) {
            throw new IllegalArgumentException("plugin " + pluginId + " is not installed");
          }
          unload(module);
          try {
            Files.deleteIfExists(module.archive());
          } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", module.archive(), e);
          }
          store.recordRemoved(pluginId, "removed");
          event(pluginId, module.version(), PluginEvent.Kind.REMOVED, "removed");
          audit.record("plugin.remove", null, "plugin:" + pluginId, AuditLog.SUCCESS,
              "version " + module.version());
          registry.invalidateAll();
          return null;
        });
  }

  /**
   * Brings the loaded plugins in line with the plugins directory. Called by the directory
   * watcher; an archive is considered once its size and time stayed the same for one scan.
   */
  public void reconcileDirectory() {
    if (manager != null) {
      reconcile(false);
    }
  }

  private void reconcile(boolean boot) {
    ChangeLock.run(
        () -> {
          Map<String, ArchiveDescriptor> desired = new HashMap<>();
          Set<Path> present = new HashSet<>();
          for (Path path : archives()) {
            present.add(path);
            ArchiveDescriptor descriptor = stableDescriptor(path, boot);
            if (descriptor == null) {
              continue;
            }
            desired.merge(
                descriptor.pluginId(),
                descriptor,
                (a, b) -> compareVersions(a.version(), b.version()) >= 0 ? a : b);
          }
          seen.keySet().retainAll(present);
          for (LoadedModule module : List.copyOf(modules.values())) {
            if (!Files.exists(module.archive()) && !desired.containsKey(module.id())) {
              LOG.infof("archive of plugin %s left the plugins directory: removing", module.id());
              unload(module);
              store.recordRemoved(module.id(), "archive left the plugins directory");
              event(module.id(), module.version(), PluginEvent.Kind.REMOVED,
                  "archive left the plugins directory");
              audit.record("plugin.remove", null, "plugin:" + module.id(), AuditLog.SUCCESS,
                  "archive left the plugins directory");
              registry.invalidateAll();
            }
          }
          for (ArchiveDescriptor descriptor : desired.values()) {
            LoadedModule current = modules.get(descriptor.pluginId());
            if (current != null && current.archive().equals(descriptor.path())) {
              continue;
            }
            if (current != null
                && compareVersions(descriptor.version(), current.version()) <= 0) {
              continue;
            }
            try {
              install(descriptor, descriptor.path());
            } catch (PluginRefusedException e) {
              remember(descriptor.path(), "refused");
            } catch (RuntimeException e) {
              LOG.errorf(e, "installing %s failed", descriptor.path());
              remember(descriptor.path(), "failed");
            }
          }
          return null;
        });
  }

  private List<Path> archives() {
    try (Stream<Path> files = Files.list(config.pluginsDirectory())) {
      return files
          .filter(p -> {
            String name = p.getFileName().toString();
            return name.endsWith(".jar") && !name.startsWith(".") && Files.isRegularFile(p);
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      LOG.warnf("cannot list the plugins directory: %s", e);
      return List.of();
    }
  }

  /** The descriptor of an archive once it is stable and was not refused before unchanged. */
  private ArchiveDescriptor stableDescriptor(Path path, boolean boot) {
    long size;
    FileTime modified;
    try {
      size = Files.size(path);
      modified = Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return null;
    }
    Seen before = seen.get(path);
    boolean unchanged = before != null && before.size() == size && before.modified().equals(modified);
    if (!boot && !unchanged) {
      seen.put(path, new Seen(size, modified, null));
      return null;
    }
    if (unchanged && before.outcome() != null) {
      return null;
    }
    try {
      ArchiveDescriptor descriptor = inspect(path, path.getFileName().toString());
      seen.put(path, new Seen(size, modified, null));
      return descriptor;
    } catch (PluginRefusedException e) {
      seen.put(path, new Seen(size, modified, "refused"));
      return null;
    }
  }

  private void remember(Path path, String outcome) {
    try {
      seen.put(path, new Seen(Files.size(path), Files.getLastModifiedTime(path), outcome));
    } catch (IOException e) {
      seen.remove(path);
    }
  }

  /**
   * Reads and checks an archive's descriptor.
   *
   * @param path the archive
   * @param name its name for messages
   * @return the descriptor
   * @throws PluginRefusedException when the archive is not a valid plugin for this platform
   */
  ArchiveDescriptor inspect(Path path, String name) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.size() == 0) {
        throw refuse(name, null, "the archive is empty");
      }
    } catch (IOException e) {
      throw refuse(name, null, "not a JAR archive (" + e.getMessage() + ")");
    }
    PluginDescriptor descriptor;
    try {
      descriptor = manager.readDescriptor(path);
    } catch (RuntimeException e) {
      throw refuse(name, null, "no valid plugin descriptor: " + e.getMessage());
    }
    String id = descriptor.getPluginId();
    String version = descriptor.getVersion();
    String requires = descriptor.getRequires() == null ? "*" : descriptor.getRequires().trim();
    if (id == null || !PLUGIN_ID.matcher(id).matches()) {
      throw refuse(name, version,
          "plugin id '" + id + "' is invalid: use lower-case letters, digits and '-', 2-31 characters");
    }
    try {
      manager.getVersionManager().compareVersions(version, "0.0.0");
    } catch (RuntimeException e) {
      throw refuse(id, version, "version '" + version + "' is not a semantic version");
    }
    boolean compatible;
    try {
      compatible =
          requires.isEmpty()
              || "*".equals(requires)
              || manager.getVersionManager().checkVersionConstraint(PlatformApi.VERSION, requires);
    } catch (RuntimeException e) {
      throw refuse(id, version, "Plugin-Requires '" + requires + "' is not a version expression");
    }
    if (!compatible) {
      throw refuse(id, version,
          "requires platform API " + requires + ", but this platform provides " + PlatformApi.VERSION);
    }
    return new ArchiveDescriptor(path, id, version, requires);
  }

  /** Installs a checked archive; the caller holds the change lock. */
  private LoadedModule install(ArchiveDescriptor descriptor, Path source) {
    String id = descriptor.pluginId();
    LoadedModule existing = modules.get(id);
    if (existing != null) {
      int cmp = compareVersions(descriptor.version(), existing.version());
      if (cmp == 0) {
        throw refuse(id, descriptor.version(), "version " + existing.version() + " is already installed");
      }
      if (cmp < 0) {
        throw refuse(id, descriptor.version(),
            "version " + descriptor.version() + " is older than the installed " + existing.version()
                + "; remove the plugin first to go back");
      }
    }
    Path target = config.pluginsDirectory().resolve(descriptor.canonicalFileName());
    boolean copied = false;
    if (!source.equals(target)) {
      if (Files.exists(target) && (existing == null || !target.equals(existing.archive()))) {
        LOG.infof("replacing archive %s", target);
      }
      try {
        Path temp = target.resolveSibling(".install-" + descriptor.canonicalFileName());
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        copied = true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot store the archive in " + target, e);
      }
    }
    ArchiveDescriptor stored = new ArchiveDescriptor(target, id, descriptor.version(), descriptor.requires());
    if (existing != null) {
      unload(existing);
    }
    LoadedModule loaded;
    try {
      loaded = load(stored);
    } catch (PluginRefusedException e) {
      if (copied || !source.equals(target)) {
        deleteQuietly(target);
      }
      if (existing != null) {
        LOG.infof("keeping %s %s after the refused upgrade", id, existing.version());
        modules.put(id, load(new ArchiveDescriptor(existing.archive(), id, existing.version(), existing.requires())));
      } else {
        store.recordFailed(stored, e.getMessage());
      }
      registry.invalidateAll();
      throw e;
    }
    modules.put(id, loaded);
    if (!source.equals(target) && source.startsWith(config.pluginsDirectory())
        && source.getFileName().toString().endsWith(".jar")) {
      deleteQuietly(source);
    }
    if (existing != null && !existing.archive().equals(target)) {
      deleteQuietly(existing.archive());
    }
    store.recordActive(loaded);
    registry.invalidateAll();
    PluginEvent.Kind kind = existing == null ? PluginEvent.Kind.INSTALLED : PluginEvent.Kind.UPGRADED;
    String message =
        existing == null
            ? "installed " + loaded.version()
            : "upgraded from " + existing.version() + " to " + loaded.version();
    event(id, loaded.version(), kind, message);
    audit.record(existing == null ? "plugin.install" : "plugin.upgrade", null, "plugin:" + id,
        AuditLog.SUCCESS, message);
    LOG.infof("plugin %s: %s", id, message);
    enablement.migrateEverywhere(loaded);
    return loaded;
  }

  /** Loads and starts an archive and collects its extensions, or refuses it. */
  private LoadedModule load(ArchiveDescriptor descriptor) {
    String id;
    try {
      id = manager.loadPlugin(descriptor.path());
    } catch (RuntimeException e) {
      throw refuse(descriptor.pluginId(), descriptor.version(), "cannot be loaded: " + e.getMessage());
    }
    if (id == null) {
      throw refuse(descriptor.pluginId(), descriptor.version(), "cannot be loaded");
    }
    PluginWrapper wrapper = manager.getPlugin(id);
    ClassLoader loader = wrapper.getPluginClassLoader();
    SessionFactory sessionFactory = null;
    try {
      PluginState state =
          ModuleCalls.withLoader(loader, id, "start", () -> manager.startPlugin(id));
      if (state != PluginState.STARTED) {
        Throwable failure = wrapper.getFailedException();
        throw refuse(id, descriptor.version(),
            "failed to start (" + state + ")" + (failure == null ? "" : ": " + failure));
      }
      List<HeatCloudModule> moduleExtensions = extensions(HeatCloudModule.class, id, loader);
      if (moduleExtensions.size() != 1) {
        throw refuse(id, descriptor.version(),
            "must provide exactly one HeatCloudModule extension, found " + moduleExtensions.size());
      }
      ModuleInfo info =
          ModuleCalls.withLoader(loader, id, "info()", () -> moduleExtensions.get(0).info());
      check(id, descriptor.version(), info, loader);
      PersistenceContribution persistence =
          single(extensions(PersistenceContribution.class, id, loader), id, descriptor, "PersistenceContribution");
      if (persistence != null) {
        PersistenceContribution p = persistence;
        List<Class<?>> entities =
            ModuleCalls.withLoader(loader, id, "entityClasses()", p::entityClasses);
        String changelog = ModuleCalls.withLoader(loader, id, "changelog()", p::changelog);
        if (changelog == null || loader.getResource(changelog) == null) {
          throw refuse(id, descriptor.version(), "changelog '" + changelog + "' is not in the archive");
        }
        sessionFactory =
            ModuleCalls.withLoader(loader, id, "session factory",
                () -> ModuleSessionFactories.build(id, loader, entities));
      }
      RestContribution rest =
          single(extensions(RestContribution.class, id, loader), id, descriptor, "RestContribution");
      PublicRestContribution publicRest =
          single(extensions(PublicRestContribution.class, id, loader), id, descriptor, "PublicRestContribution");
      ViewContribution views =
          single(extensions(ViewContribution.class, id, loader), id, descriptor, "ViewContribution");
      Map<String, Function<ModuleContext, Object>> viewModels =
          views == null
              ? Map.of()
              : ModuleCalls.withLoader(loader, id, "viewModels()", views::viewModels);
      List<ScheduledJob> jobs = extensions(ScheduledJob.class, id, loader);
      List<AccountBatchWork> batchWorks = extensions(AccountBatchWork.class, id, loader);
      List<IndicatorProvider> indicators = extensions(IndicatorProvider.class, id, loader);
      List<ModuleLifecycle> lifecycles = extensions(ModuleLifecycle.class, id, loader);
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<ServiceContribution<?>> services = (List) extensions(ServiceContribution.class, id, loader);
      for (ServiceContribution<?> service : services) {
        Class<?> type = ModuleCalls.withLoader(loader, id, "type()", service::type);
        if (type == null || !type.isInterface() || type.getClassLoader() == loader) {
          throw refuse(id, descriptor.version(), "offers a service that is not an interface of the platform API: " + type);
        }
      }
      return new LoadedModule(
          id,
          descriptor.version(),
          descriptor.requires(),
          descriptor.path(),
          loader,
          info,
          persistence,
          sessionFactory,
          rest,
          publicRest,
          views,
          viewModels,
          jobs,
          batchWorks,
          indicators,
          lifecycles,
          services);
    } catch (RuntimeException e) {
      if (sessionFactory != null) {
        sessionFactory.close();
      }
      unloadFromManager(id);
      if (e instanceof PluginRefusedException refused) {
        throw refused;
      }
      throw refuse(id, descriptor.version(), "failed to start: " + e, e);
    }
  }

  private void check(String id, String version, ModuleInfo info, ClassLoader loader) {
    for (PermissionDefinition permission : info.permissions()) {
      if (!permission.code().startsWith(id + ".")) {
        throw refuse(id, version, "permission " + permission.code() + " must start with '" + id + ".'");
      }
    }
    for (MenuItem item : info.menu()) {
      if (loader.getResource("views/" + item.view()) == null) {
        throw refuse(id, version, "menu entry points to views/" + item.view() + ", which is not in the archive");
      }
    }
  }

  private <T> List<T> extensions(Class<T> type, String id, ClassLoader loader) {
    return ModuleCalls.withLoader(loader, id, type.getSimpleName(),
        () -> manager.getExtensions(type, id));
  }

  private <T> T single(List<T> found, String id, ArchiveDescriptor descriptor, String what) {
    if (found.size() > 1) {
      throw refuse(id, descriptor.version(), "provides " + found.size() + " " + what + " extensions; at most one is allowed");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** Drains and unloads a module; the caller holds the change lock. */
  private void unload(LoadedModule module) {
    if (!module.drain(DRAIN_TIMEOUT)) {
      LOG.warnf("plugin %s still had work in flight after %s; unloading anyway", module.id(), DRAIN_TIMEOUT);
    }
    modules.remove(module.id(), module);
    module.sessionFactory().ifPresent(SessionFactory::close);
    unloadFromManager(module.id());
    Introspector.flushCaches();
    unloaded.fire(new ModuleUnloaded(module.id(), module.classLoader()));
    registry.invalidateAll();
    LOG.infof("plugin %s %s unloaded", module.id(), module.version());
  }

  private void unloadFromManager(String id) {
    try {
      if (manager.getPlugin(id) != null) {
        manager.stopPlugin(id);
        manager.unloadPlugin(id);
      }
    } catch (RuntimeException e) {
      LOG.warnf("PF4J could not unload %s cleanly: %s", id, e);
    }
  }

  private PluginRefusedException refuse(String id, String version, String reason) {
    return refuse(id, version, reason, null);
  }

  private PluginRefusedException refuse(String id, String version, String reason, Throwable cause) {
    String message = "plugin " + id + (version == null ? "" : " " + version) + " refused: " + reason;
    LOG.warn(message);
    event(id, version, PluginEvent.Kind.REFUSED, reason);
    audit.record("plugin.refused", null, "plugin:" + id, AuditLog.FAILURE, message);
    return cause == null ? new PluginRefusedException(message) : new PluginRefusedException(message, cause);
  }

  private void event(String id, String version, PluginEvent.Kind kind, String message) {
    synchronized (events) {
      events.addFirst(new PluginEvent(Instant.now(), id, version, kind, message));
      while (events.size() > 50) {
        events.removeLast();
      }
    }
  }

  private int compareVersions(String a, String b) {
    return manager.getVersionManager().compareVersions(a, b);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warnf("could not delete %s: %s", path, e);
    }
  }

  /**
   * The ids of the loaded plugins, for the health report.
   *
   * @return the ids
   */
  public List<String> loadedIds() {
    return new ArrayList<>(modules.keySet());
  }
}
