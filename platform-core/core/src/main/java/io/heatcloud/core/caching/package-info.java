/**
 * The platform's metadata cache (tenant tree, permissions, plugin metadata) on the Infinispan
 * cache container {@code heatcloud} of the WildFly subsystem. Every key carries the tenant it
 * belongs to; changes invalidate.
 */
package io.heatcloud.core.caching;
