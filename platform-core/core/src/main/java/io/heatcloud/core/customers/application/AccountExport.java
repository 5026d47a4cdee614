package io.heatcloud.core.customers.application;

import io.heatcloud.core.common.Page;
import io.heatcloud.core.security.AuthenticatedUser;
import io.heatcloud.core.spreadsheets.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports a search of the customer archive to Excel, as the user sees it (phones masked unless
 * the user may see them), page by page so that the whole result is never in memory at once.
 */
@ApplicationScoped
public class AccountExport {

  @Inject AccountService accounts;

  /**
   * Writes the accounts of a query.
   *
   * @param user the caller
   * @param query what to export
   * @param out where to
   * @return the number of rows written
   */
  public int write(AuthenticatedUser user, AccountQuery query, OutputStream out) {
    int rows = 0;
    try (SpreadsheetWriter writer = new SpreadsheetWriter("客户档案",
        List.of("户号", "户主", "电话", "地址", "状态", "开户日期"))) {
      int offset = 0;
      while (rows < SpreadsheetWriter.MAX_ROWS) {
        Page<AccountView> page = accounts.search(user, query, offset, 500);
        for (AccountView a : page.items()) {
          List<Object> row = new ArrayList<>(List.of(a.accountNo(), a.holderName(), a.phone() == null ? "" : a.phone(),
              a.address(), "ACTIVE".equals(a.status()) ? "正常" : "已销户", a.openedOn()));
          if (!writer.row(row)) {
            break;
          }
          rows++;
        }
        if (page.items().size() < 500) {
          break;
        }
        offset += 500;
      }
      writer.write(out);
    }
    return rows;
  }
}
