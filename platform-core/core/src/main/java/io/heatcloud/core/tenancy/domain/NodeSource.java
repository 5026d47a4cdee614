package io.heatcloud.core.tenancy.domain;

/** Where a node was created. */
public enum NodeSource {
  /** From a descriptor file in the watched tenants directory. */
  DESCRIPTOR,
  /** In the HQ or regional console. */
  CONSOLE,
  /** Through the REST API. */
  API
}
