package io.heatcloud.plugins.billing.web;

import io.heatcloud.api.view.PageActions;
import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.plugins.billing.application.ReceivableService;
import io.heatcloud.plugins.billing.application.Statement;
import java.io.Serializable;

/** {@code #{statement}}: an account's statement, by number or by {@code ?account=<id>}. */
public class StatementViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient ReceivableService service;
  private String accountNo;
  private Statement statement;

  /**
   * Creates the view model; opens the account of the request's {@code account} parameter.
   *
   * @param context the user's company
   */
  public StatementViewModel(ModuleContext context) {
    this.service = new ReceivableService(context);
    String account = PageActions.param("account");
    if (account != null && account.matches("\\d{1,18}")) {
      statement = PageActions.call(() -> service.statement(Long.parseLong(account)), null);
      accountNo = statement == null ? null : statement.accountNo();
    }
  }

  /** Opens the statement of the entered number. */
  public void open() {
    statement = PageActions.call(() -> service.statementByNumber(accountNo), null);
  }

  public Statement getStatement() {
    return statement;
  }

  public String getAccountNo() {
    return accountNo;
  }

  public void setAccountNo(String accountNo) {
    this.accountNo = accountNo;
  }
}
