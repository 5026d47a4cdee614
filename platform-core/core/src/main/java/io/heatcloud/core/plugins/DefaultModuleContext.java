package io.heatcloud.core.plugins;

import io.heatcloud.api.context.AuditRecorder;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.TenantInfo;
import io.heatcloud.api.context.UserInfo;
import io.heatcloud.api.errors.AccessDeniedException;
import io.heatcloud.api.module.ModuleSettings;
import io.heatcloud.core.audit.AuditLog;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import io.heatcloud.core.tenancy.BoundTenant;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** The platform's {@link ModuleContext}: one module, one tenant, optionally one user. */
final class DefaultModuleContext implements ModuleContext {

  private final LoadedModule module;
  private final TenantInfo tenant;
  private final NodeView company;
  private final BoundTenant binding;
  private final AuthenticatedUser user;
  private final Locale locale;
  private final boolean persistenceAvailable;
  private final ModuleContexts services;

  DefaultModuleContext(
      LoadedModule module,
      TenantInfo tenant,
      NodeView company,
      AuthenticatedUser user,
      Locale locale,
      boolean persistenceAvailable,
      ModuleContexts services) {
    this.module = module;
    this.tenant = tenant;
    this.company = company;
    this.binding = company.tenant();
    this.user = user;
    this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    this.persistenceAvailable = persistenceAvailable;
    this.services = services;
  }

  @Override
  public String moduleId() {
    return module.id();
  }

  @Override
  public TenantInfo tenant() {
    return tenant;
  }

  @Override
  public Optional<UserInfo> user() {
    return Optional.ofNullable(user).map(AuthenticatedUser::toUserInfo);
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public <T> T inTransaction(Function<EntityManager, T> work) {
    SessionFactory factory =
        module
            .sessionFactory()
            .orElseThrow(
                () -> new IllegalStateException("module " + module.id() + " has no persistence"));
    if (!persistenceAvailable) {
      throw new IllegalStateException(
          "module " + module.id() + " is not enabled for " + tenant.code());
    }
    module.enter();
    try {
      return TenantContext.call(
          binding,
          () ->
              ModuleCalls.call(
                  module,
                  "a transaction",
                  () ->
                      services.transactions.required(
                          () -> {
                            Session session = factory.getCurrentSession();
                            T result = work.apply(session);
                            session.flush();
                            return result;
                          })));
    } finally {
      module.exit();
    }
  }

  @Override
  public <T> T jdbc(EntityManager em, JdbcWork<T> work) {
    Session session = em.unwrap(Session.class);
    if (!session.isJoinedToTransaction()) {
      throw new IllegalStateException("JDBC work needs the entity manager of an active transaction");
    }
    session.flush();
    return session.doReturningWork(work::run);
  }

  @Override
  public ModuleSettings settings() {
    return services.settings.settingsOf(module, tenant.code());
  }

  @Override
  public AuditRecorder audit() {
    return new AuditRecorder() {
      @Override
      public void record(String action, String target, String details) {
        services.audit.record(checked(action), tenant.code(), target, AuditLog.SUCCESS, details);
      }

      @Override
      public Actor actor() {
        return new CallerActor(Caller.current());
      }

      @Override
      public void recordInTransaction(java.util.List<Action> actions) {
        java.util.List<io.heatcloud.core.audit.AuditAppender.Pending> entries = new java.util.ArrayList<>(actions.size());
        for (Action a : actions) {
          if (!(a.actor() instanceof CallerActor actor)) {
            throw new IllegalArgumentException("an action's actor comes from AuditRecorder.actor()");
          }
          entries.add(AuditLog.pending(actor.caller(), checked(a.action()), tenant.code(), a.target(), AuditLog.SUCCESS,
              a.details()));
        }
        services.audit.appendInTransaction(entries);
      }
    };
  }

  private String checked(String action) {
    if (!action.startsWith(module.id() + ".")) {
      throw new IllegalArgumentException("a module's audit actions start with its id: " + module.id() + ".");
    }
    return action;
  }

  /** A caller captured for an entry written later. */
  private record CallerActor(Caller caller) implements AuditRecorder.Actor {}

  @Override
  public boolean hasPermission(String permission) {
    return user != null && services.registry.permissionsOf(user).contains(permission);
  }

  @Override
  public void requirePermission(String permission) {
    if (!hasPermission(permission)) {
      services.audit.record(
          permission, tenant.code(), "module:" + module.id(), AuditLog.DENIED, "missing permission");
      throw new AccessDeniedException(
          "无权执行此操作 / You are not allowed to do this (" + permission + ")");
    }
  }

  @Override
  public void requireSecondFactor() {
    try {
      ModuleContext.super.requireSecondFactor();
    } catch (io.heatcloud.api.errors.ProblemException e) {
      services.audit.record("second-factor", tenant.code(), "module:" + module.id(), AuditLog.DENIED,
          "no confirmed authenticator code");
      throw e;
    }
  }

  @Override
  public <T> java.util.List<T> services(Class<T> type) {
    return services.moduleServices(type, module, company, user, locale);
  }

  @Override
  public String publicUrl() {
    return services.config.publicUrl();
  }

  @Override
  public <T> T service(Class<T> type) {
    return services.service(type, module, company, user, locale);
  }
}
