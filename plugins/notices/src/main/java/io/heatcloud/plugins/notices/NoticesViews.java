package io.heatcloud.plugins.notices;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.view.ViewContribution;
import io.heatcloud.plugins.notices.application.NoticeService;
import io.heatcloud.plugins.notices.web.BoardViewModel;
import java.util.Map;
import java.util.function.Function;
import org.pf4j.Extension;

/** The notice board view ({@code views/board.xhtml}) and its view model {@code #{board}}. */
@Extension
public class NoticesViews implements ViewContribution {

  @Override
  public Map<String, Function<ModuleContext, Object>> viewModels() {
    return Map.of("board", context -> new BoardViewModel(new NoticeService(context)));
  }
}
