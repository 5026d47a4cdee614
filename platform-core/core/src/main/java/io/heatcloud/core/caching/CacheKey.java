package io.heatcloud.core.caching;

import java.io.Serializable;
import java.util.Objects;

/**
 * A key of the platform cache. It always names the tenant the value belongs to: a company code, or
 * {@link #PLATFORM} for values that belong to no single company (the tree, plugin metadata).
 *
 * @param tenant the tenant, never null
 * @param region the kind of value, e.g. {@code tree}, {@code permissions}
 * @param id the value's id within tenant and region
 */
public record CacheKey(String tenant, String region, String id) implements Serializable {

  /** The tenant of platform-wide values. */
  public static final String PLATFORM = "*platform*";

  /** Checks that no part is missing. */
  public CacheKey {
    Objects.requireNonNull(tenant, "a cache key always carries its tenant");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(id, "id");
  }
}
