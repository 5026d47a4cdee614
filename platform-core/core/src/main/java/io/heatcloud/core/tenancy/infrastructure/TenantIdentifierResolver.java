package io.heatcloud.core.tenancy.infrastructure;

import io.heatcloud.core.tenancy.SchemaNames;
import io.heatcloud.core.tenancy.TenantContext;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which schema a session serves: the one bound to the thread by {@link
 * TenantContext}. There is no default: a session opened without a bound tenant fails.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return TenantContext.require().schema();
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }
}
