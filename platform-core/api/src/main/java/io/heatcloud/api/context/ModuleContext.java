package io.heatcloud.api.context;

import io.heatcloud.api.errors.AccessDeniedException;
import io.heatcloud.api.module.ModuleSettings;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the platform gives a plugin on every call: the tenant, the user, transactions on the
 * plugin's own entities in the tenant's schema, the company's settings, audit, permission checks
 * and the platform services of this API.
 *
 * <p>A context is bound to one tenant. It is valid for the call it was passed to (a request, a job
 * run, a hook) and must not be kept beyond it.
 */
public interface ModuleContext {

  /**
   * The plugin's id.
   *
   * @return e.g. {@code notices}
   */
  String moduleId();

  /**
   * The company this call serves.
   *
   * @return the tenant, never null
   */
  TenantInfo tenant();

  /**
   * The user on whose behalf the call runs; empty for scheduled jobs and lifecycle hooks.
   *
   * @return the user, if any
   */
  Optional<UserInfo> user();

  /**
   * The locale of the user, or Chinese when there is no user.
   *
   * @return the locale
   */
  Locale locale();

  /**
   * Runs work in a JTA transaction with an entity manager for the plugin's entities in the tenant's
   * schema. Joins the caller's transaction when one is active (it must serve the same tenant);
   * otherwise begins one and commits it, or rolls it back when the work throws.
   *
   * @param work the work
   * @param <T> its result type
   * @return the work's result
   * @throws IllegalStateException when the plugin contributes no persistence or is not enabled for
   *     the tenant
   */
  <T> T inTransaction(Function<EntityManager, T> work);

  /**
   * Runs JDBC work on the connection of a transaction begun by {@link #inTransaction} (API 1.4.0),
   * for what the entity manager makes slow: many rows in arrays, locks, statements written for one
   * round trip. The connection is the transaction's: its statements run in the tenant's schema and
   * commit or roll back with the transaction. Entities changed before are flushed first. The work
   * must not close, commit or reconfigure the connection.
   *
   * @param em the entity manager {@link #inTransaction} gave
   * @param work the work
   * @param <T> its result type
   * @return the work's result
   * @throws jakarta.persistence.PersistenceException when a statement fails (the database's message
   *     names the violated constraint)
   */
  <T> T jdbc(EntityManager em, JdbcWork<T> work);

  /**
   * Work on a transaction's JDBC connection.
   *
   * @param <T> its result type
   */
  @FunctionalInterface
  interface JdbcWork<T> {

    /**
     * Does the work.
     *
     * @param connection the transaction's connection
     * @return the result
     * @throws java.sql.SQLException when a statement fails
     */
    T run(java.sql.Connection connection) throws java.sql.SQLException;
  }

  /**
   * Runs work without a result in a transaction, as {@link #inTransaction(Function)}.
   *
   * @param work the work
   */
  default void transaction(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /**
   * The company's values of the module's settings.
   *
   * @return the settings
   */
  ModuleSettings settings();

  /**
   * The audit log.
   *
   * @return a recorder bound to this tenant and user
   */
  AuditRecorder audit();

  /**
   * Whether the current user holds a permission; false when there is no user.
   *
   * @param permission a permission code, e.g. {@code notices.publish}
   * @return true when held
   */
  boolean hasPermission(String permission);

  /**
   * Requires a permission of the current user.
   *
   * @param permission a permission code
   * @throws AccessDeniedException when the user does not hold it (the denial is audited)
   */
  void requirePermission(String permission);

  /**
   * Requires the caller's request to be confirmed with an authenticator code (TOTP) a short while
   * ago: for sensitive money operations (refunds, reversals). The client confirms its token with
   * {@code POST /api/auth/second-factor}.
   *
   * @throws io.heatcloud.api.errors.ProblemException 403 {@code second-factor-required} otherwise
   */
  default void requireSecondFactor() {
    java.time.Instant until = user().map(UserInfo::secondFactorUntil).orElse(null);
    if (until == null || !until.isAfter(java.time.Instant.now())) {
      throw new io.heatcloud.api.errors.ProblemException(403, "second-factor-required",
          "此操作需先用动态口令确认 / confirm this with your authenticator code first: POST /api/auth/second-factor",
          java.util.List.of());
    }
  }

  /**
   * A platform service offered to plugins: {@link io.heatcloud.api.customers.AccountDirectory},
   * {@link io.heatcloud.api.jobs.BatchJobs}, {@link io.heatcloud.api.persistence.BulkCopy}, {@link
   * io.heatcloud.api.exports.SpreadsheetExport}, {@link io.heatcloud.api.exports.SpreadsheetImport} or
   * {@link io.heatcloud.api.exports.PdfExport};
   * or a service another module enabled for the same company offers through a {@link
   * ServiceContribution} (for instance {@link io.heatcloud.api.receivables.Receivables}, offered by
   * billing).
   *
   * @param type the service interface, from this API
   * @param <T> the service type
   * @return the service, bound to this context's tenant
   * @throws io.heatcloud.api.errors.UnprocessableException when neither the platform nor an enabled
   *     module offers it
   */
  <T> T service(Class<T> type);

  /**
   * Every implementation of a service interface offered by the modules this company enabled (for
   * instance each {@link io.heatcloud.api.payments.PaymentGateway}), in module id order.
   *
   * @param type the service interface, from this API
   * @param <T> the service type
   * @return the implementations, possibly none
   */
  <T> java.util.List<T> services(Class<T> type);

  /**
   * The platform's public base URL, ending with a slash (e.g. {@code https://pay.example.cn/heatcloud/}),
   * for links and callbacks given to outside systems.
   *
   * @return the URL
   */
  String publicUrl();
}
