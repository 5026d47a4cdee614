package io.heatcloud.core.caching;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.infinispan.Cache;

/**
 * The platform's cache of metadata, on the Infinispan cache {@code heatcloud/platform} configured
 * in the server (local, bounded, entries expire after ten minutes as a safety net; every change
 * invalidates what it affects explicitly).
 */
@ApplicationScoped
public class PlatformCache {

  @Resource(lookup = "java:jboss/infinispan/cache/heatcloud/platform")
  Cache<CacheKey, Object> cache;

  @PostConstruct
  void start() {
    // Values are instances of this deployment's classes: never keep those of an earlier one.
    cache.clear();
  }

  /**
   * A cached value, computed and stored when missing.
   *
   * @param key the key
   * @param type the value's type
   * @param loader computes the value
   * @param <T> the type
   * @return the value
   */
  public <T> T get(CacheKey key, Class<T> type, Supplier<T> loader) {
    Object value = cache.get(key);
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    T loaded = loader.get();
    if (loaded != null) {
      cache.put(key, loaded);
    }
    return loaded;
  }

  /**
   * Removes one value.
   *
   * @param key the key
   */
  public void invalidate(CacheKey key) {
    cache.remove(key);
  }

  /**
   * Removes every value of a tenant.
   *
   * @param tenant the tenant
   */
  public void invalidateTenant(String tenant) {
    cache.keySet().removeIf(k -> k.tenant().equals(tenant));
  }

  /**
   * Removes every value of a region, in all tenants.
   *
   * @param region the region
   */
  public void invalidateRegion(String region) {
    cache.keySet().removeIf(k -> k.region().equals(region));
  }

  /** Removes everything. */
  public void invalidateAll() {
    cache.clear();
  }

  /**
   * The number of entries, for the health report.
   *
   * @return the size
   */
  public int size() {
    return cache.size();
  }
}
