package io.heatcloud.plugins.billing.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.context.UserInfo;

/** The name recorded for who did something. */
final class Users {

  private Users() {}

  static String name(ModuleContext context) {
    return context.user().map(UserInfo::username).orElse("system");
  }
}
