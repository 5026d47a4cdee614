package io.heatcloud.plugins.notices;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.rest.RestContribution;
import io.heatcloud.plugins.notices.application.NoticeService;
import io.heatcloud.plugins.notices.rest.NoticesResource;
import org.pf4j.Extension;

/** Mounts {@link NoticesResource} at {@code /api/modules/notices}. */
@Extension
public class NoticesRest implements RestContribution {

  @Override
  public Object resource(ModuleContext context) {
    return new NoticesResource(new NoticeService(context));
  }
}
