package io.heatcloud.api.context;

/**
 * Writes to the platform's audit log. The platform adds who, when, from where and which tenant; the
 * entry is written even when the caller's transaction rolls back.
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
}
