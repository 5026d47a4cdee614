package io.heatcloud.plugins.payments.domain;

import java.util.Set;

/** Where money comes from, and the methods each channel accepts. */
public enum Channel {
  /** Service-hall counter. */
  COUNTER(Set.of("CASH", "CARD", "TRANSFER")),
  /** A bank's collection file; the method is the bank's code (ICBC, CCB, ...). */
  BANK(Set.of()),
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
    if (method == null) {
      return false;
    }
    return switch (this) {
      case ONLINE -> method.matches("[a-z][a-z0-9-]{1,19}");
      case BANK -> method.matches("[A-Z0-9]{2,12}");
      default -> methods.contains(method);
    };
  }
}
