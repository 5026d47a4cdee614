package io.heatcloud.api.context;

import java.util.List;

/**
 * Writes to the platform's audit log. The platform adds who, when, from where and which tenant; the
 * entry is written even when the caller's transaction rolls back ({@link #record}), or as part of
 * it ({@link #recordInTransaction}).
 */
public interface AuditRecorder {

  /**
   * Records a privileged action that succeeded.
   *
   * @param action a dotted action name starting with the plugin id, e.g. {@code notices.publish}
   * @param target what was acted on, e.g. {@code notice:42}
   * @param details a short description; never put ID numbers, phones or secrets here unmasked
   */
  void record(String action, String target, String details);

  /**
   * Who is calling, and from where, as the platform authenticated them (API 1.4.0): for an entry
   * written later, by another thread on the caller's behalf (a group commit's writer).
   *
   * @return the current caller
   */
  Actor actor();

  /**
   * Records actions in the current transaction (API 1.4.0): the entries commit with the work they
   * record, or not at all. The audit chain's lock is held until the transaction ends: call this as
   * the transaction's last work.
   *
   * @param actions the actions, in order
   * @throws IllegalStateException when no transaction is active
   */
  void recordInTransaction(List<Action> actions);

  /** A caller as the platform saw it; only {@link #actor()} makes them. */
  interface Actor {}

  /**
   * An action to record.
   *
   * @param actor who acted ({@link #actor()} in the caller's thread)
   * @param action a dotted action name starting with the plugin id
   * @param target what was acted on
   * @param details a short description, masked
   */
  record Action(Actor actor, String action, String target, String details) {}
}
