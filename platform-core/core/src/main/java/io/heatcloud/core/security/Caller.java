package io.heatcloud.core.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is calling, for this thread: the authenticated user (if any) and the client's address. Set
 * by the web filters for a request and by the platform for its own work ({@link #SYSTEM}); read by
 * the audit log and the authorisation checks.
 *
 * @param user the user, or null for anonymous and system calls
 * @param clientIp the client's address, or null for system calls
 * @param system true for the platform's own work (boot, jobs, watchers)
 */
public record Caller(AuthenticatedUser user, String clientIp, boolean system) {

  /** The platform itself. */
  public static final Caller SYSTEM = new Caller(null, null, true);

  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

  /**
   * An anonymous caller from an address.
   *
   * @param clientIp the address
   * @return the caller
   */
  public static Caller anonymous(String clientIp) {
    return new Caller(null, clientIp, false);
  }

  /**
   * The caller of this thread; anonymous without an address when none was set.
   *
   * @return the caller
   */
  public static Caller current() {
    Caller caller = CURRENT.get();
    return caller == null ? new Caller(null, null, false) : caller;
  }

  /**
   * The authenticated user of this thread.
   *
   * @return the user, if any
   */
  public static Optional<AuthenticatedUser> currentUser() {
    return Optional.ofNullable(current().user());
  }

  /**
   * Sets the caller of this thread until {@link #clear()}.
   *
   * @param caller the caller
   */
  public static void set(Caller caller) {
    CURRENT.set(caller);
  }

  /** Removes the caller of this thread. */
  public static void clear() {
    CURRENT.remove();
  }

  /**
   * Runs work as another caller and restores the previous one.
   *
   * @param caller the caller
   * @param work the work
   * @param <T> the result type
   * @return the result
   */
  public static <T> T as(Caller caller, Supplier<T> work) {
    Caller previous = CURRENT.get();
    CURRENT.set(caller);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * The name the audit log records.
   *
   * @return the user name, {@code system} or {@code anonymous}
   */
  public String actorName() {
    if (user != null) {
      return user.username();
    }
    return system ? "system" : "anonymous";
  }
}
