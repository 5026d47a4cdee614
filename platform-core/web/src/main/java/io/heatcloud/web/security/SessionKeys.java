package io.heatcloud.web.security;

/** Attribute names of the staff session. */
public final class SessionKeys {

  /** The {@link io.heatcloud.core.security.AuthenticatedUser} of the session. */
  public static final String USER = "heatcloud.user";

  private SessionKeys() {}
}
