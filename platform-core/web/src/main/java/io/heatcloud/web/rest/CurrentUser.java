package io.heatcloud.web.rest;

import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.security.Caller;
import jakarta.ws.rs.NotAuthorizedException;

/** The authenticated caller of a REST request (established by the authentication filter). */
final class CurrentUser {

  private CurrentUser() {}

  static AuthenticatedUser require() {
    return Caller.currentUser().orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"heatcloud\""));
  }
}
