package io.heatcloud.plugins.payments.domain;

import java.util.Set;

/** Where money comes from, and the methods each channel accepts. */
public enum Channel {
  /** Service-hall counter. */
  COUNTER(Set.of("CASH", "CARD", "TRANSFER")),
  /** A bank's collection file. */
  BANK(Set.of("COLLECTION")),
  /** An online gateway; the method is the gateway's id. */
  ONLINE(Set.of());

  private final Set<String> methods;

  Channel(Set<String> methods) {
    this.methods = methods;
  }

  /**
   * Whether a method belongs to this channel (online methods are gateway ids, checked elsewhere).
   *
   * @param method the method
   * @return true when accepted
   */
  public boolean accepts(String method) {
    return this == ONLINE ? method != null && method.matches("[a-z][a-z0-9-]{1,19}") : methods.contains(method);
  }
}
