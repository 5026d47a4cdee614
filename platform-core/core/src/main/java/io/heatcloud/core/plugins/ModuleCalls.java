package io.heatcloud.core.plugins;

import java.util.concurrent.Callable;

/**
 * The one way the platform calls plugin code: with the plugin's class loader as the thread's
 * context class loader, restored afterwards, and with plugin failures wrapped so that the message
 * names the plugin.
 */
public final class ModuleCalls {

  private ModuleCalls() {}

  /**
   * Calls plugin code.
   *
   * @param module the plugin
   * @param what a short description of the call, for error messages
   * @param call the call
   * @param <T> its result
   * @return the result
   * @throws ModuleCallException when the plugin throws a checked exception
   */
  public static <T> T call(LoadedModule module, String what, Callable<T> call) {
    return withLoader(module.classLoader(), module.id(), what, call);
  }

  /**
   * Calls code with a given context class loader.
   *
   * @param loader the class loader
   * @param pluginId the plugin, for messages
   * @param what a short description, for messages
   * @param call the call
   * @param <T> the result type
   * @return the result
   */
  public static <T> T withLoader(
      ClassLoader loader, String pluginId, String what, Callable<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ModuleCallException("plugin " + pluginId + " failed in " + what + ": " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Runs plugin code without a result.
   *
   * @param module the plugin
   * @param what a description
   * @param call the code
   */
  public static void run(LoadedModule module, String what, ThrowingRunnable call) {
    call(
        module,
        what,
        () -> {
          call.run();
          return null;
        });
  }

  /** Code that may throw. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    /**
     * Runs.
     *
     * @throws Exception any failure
     */
    void run() throws Exception;
  }

  /** A plugin threw a checked exception. */
  public static class ModuleCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param cause the plugin's exception
     */
    public ModuleCallException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
