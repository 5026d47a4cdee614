package io.heatcloud.plugins.notices;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.lifecycle.ModuleLifecycle;
import io.heatcloud.plugins.notices.application.NoticeService;
import org.pf4j.Extension;

/** Puts a welcome notice on a company's empty board when the module is enabled. */
@Extension
public class NoticesLifecycle implements ModuleLifecycle {

  @Override
  public void enabled(ModuleContext context) {
    new NoticeService(context).welcomeIfEmpty();
  }
}
