package io.heatcloud.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the components of Java records in EL ({@code #{node.code}} for {@code record NodeView(String
 * code, ...)}), which Expression Language 5 does not (EL 6 will). Records are read-only.
 */
public class RecordELResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  /**
   * The accessor of a record component.
   *
   * @param base a record
   * @param property a component name
   * @return the accessor, or null
   */
  static Method accessor(Object base, Object property) {
    if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
      return null;
    }
    return ACCESSORS.computeIfAbsent(base.getClass(), type -> {
      Map<String, Method> methods = new ConcurrentHashMap<>();
      for (RecordComponent component : type.getRecordComponents()) {
        Method method = component.getAccessor();
        method.setAccessible(true);
        methods.put(component.getName(), method);
      }
      // derived properties of a record: public getX() / isX() without parameters
      for (Method method : type.getMethods()) {
        String n = method.getName();
        if (method.getParameterCount() == 0 && method.getReturnType() != void.class && method.getDeclaringClass() == type) {
          String derived = n.startsWith("get") && n.length() > 3 ? n.substring(3)
              : n.startsWith("is") && n.length() > 2 && method.getReturnType() == boolean.class ? n.substring(2) : null;
          if (derived != null) {
            methods.putIfAbsent(Character.toLowerCase(derived.charAt(0)) + derived.substring(1), method);
          }
        }
      }
      return methods;
    }).get(name);
  }

  /**
   * Forgets the accessors of classes of a class loader (an unloaded plugin's).
   *
   * @param loader the class loader
   */
  public static void forget(ClassLoader loader) {
    ACCESSORS.keySet().removeIf(type -> type.getClassLoader() == loader);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method method = accessor(base, property);
    if (method == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    // a plugin's record is plugin code: read it with the plugin's class loader
    ClassLoader loader = base.getClass().getClassLoader();
    boolean plugin = loader instanceof org.pf4j.PluginClassLoader;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    if (plugin) {
      thread.setContextClassLoader(loader);
    }
    try {
      return method.invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new jakarta.el.ELException(e.getCause() == null ? e : e.getCause());
    } finally {
      if (plugin) {
        thread.setContextClassLoader(previous);
      }
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method method = accessor(base, property);
    if (method == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException("records are read-only: " + property);
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
