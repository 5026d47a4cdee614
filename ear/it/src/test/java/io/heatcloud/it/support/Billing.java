package io.heatcloud.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Billing runs through the REST API of a server, and what they wrote, read from its database. */
public final class Billing {

  /** Amounts are read as exact decimals, never as floats. */
  private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
      .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

  private final String api;

  /**
   * Billing of a server.
   *
   * @param api the server's API root, e.g. http://localhost:8080/heatcloud/api
   */
  public Billing(String api) {
    this.api = api;
  }

  /**
   * A request with a token.
   *
   * @param token the token
   * @return the request
   */
  public RequestSpecification as(String token) {
    return given().config(EXACT).header("Authorization", "Bearer " + token).baseUri(api).contentType("application/json");
  }

  /**
   * Logs in.
   *
   * @param username the user
   * @param password the password
   * @return a token, or null when the login fails
   */
  public String token(String username, String password) {
    Map<String, Object> credentials = new java.util.HashMap<>(Map.of("username", username, "password", password));
    // a user whose authenticator the tests activated gives its code, like anyone who enrolled one
    Authenticator.codeFor(username).ifPresent(code -> credentials.put("code", code));
    var response = given().baseUri(api).contentType("application/json").body(credentials).post("/auth/token");
    return response.statusCode() == 200 ? response.jsonPath().getString("token") : null;
  }

  /**
   * The id of the company's first season.
   *
   * @param token a user of the company
   * @return the season id
   */
  public long season(String token) {
    return as(token).get("/modules/billing/seasons").then().statusCode(200).extract().jsonPath().getLong("[0].id");
  }

  /**
   * Waits until the billing module answers for a company (it is enabled once the company's demo
   * data is generated).
   *
   * @param token a user of the company
   */
  public void awaitModule(String token) {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (as(token).get("/modules/billing/seasons").statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("billing did not become available");
      }
      sleep(200);
    }
  }

  /**
   * Starts a run.
   *
   * @param token an administrator of the company
   * @param seasonId the season
   * @return the run id
   */
  public long start(String token, long seasonId) {
    return as(token).body(Map.of("seasonId", seasonId)).post("/modules/billing/runs")
        .then().statusCode(202).extract().jsonPath().getLong("id");
  }

  /**
   * A run as the API shows it.
   *
   * @param token a user of the company
   * @param runId the run
   * @return its JSON
   */
  public JsonPath run(String token, long runId) {
    return as(token).get("/modules/billing/runs/" + runId).then().statusCode(200).extract().jsonPath();
  }

  /**
   * Waits until a run is in a state.
   *
   * @param token a user of the company
   * @param runId the run
   * @param timeout how long at most
   * @param until the condition on the run's JSON
   * @return the run
   */
  public JsonPath await(String token, long runId, Duration timeout, Predicate<JsonPath> until) {
    return await(token, runId, timeout, until, Duration.ofMillis(25));
  }

  /**
   * Waits until a run is in a state, asking every {@code poll} (benchmarks ask rarely, so as not to
   * load the server they measure).
   *
   * @param token a user of the company
   * @param runId the run
   * @param timeout how long at most
   * @param until the condition on the run's JSON
   * @param poll the pause between two questions
   * @return the run
   */
  public JsonPath await(String token, long runId, Duration timeout, Predicate<JsonPath> until, Duration poll) {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonPath run = run(token, runId);
    while (!until.test(run)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("run " + runId + " did not get there in " + timeout + ": " + run.prettify());
      }
      sleep(poll.toMillis());
      run = run(token, runId);
    }
    return run;
  }

  /**
   * Waits until a run completed.
   *
   * @param token a user of the company
   * @param runId the run
   * @return the run
   */
  public JsonPath completed(String token, long runId) {
    return await(token, runId, Duration.ofMinutes(5), r -> "COMPLETED".equals(r.getString("status")));
  }

  /**
   * What the receivable lines of a company's schema add up to, by item: count and sum.
   *
   * @param connection the database
   * @param schema e.g. t_bla
   * @return "count / sum" by item, plus "accounts" and "keys with more than one line"
   */
  public static Map<String, String> totals(Connection connection, String schema) {
    Map<String, String> totals = new TreeMap<>();
    query(connection, "SELECT item, count(*), sum(amount) FROM " + schema + ".billing_line GROUP BY item",
        rs -> totals.put(rs.getString(1), rs.getLong(2) + " / " + rs.getBigDecimal(3).toPlainString()));
    query(connection, "SELECT count(DISTINCT account_id) FROM " + schema + ".billing_line",
        rs -> totals.put("accounts", rs.getString(1)));
    query(connection, "SELECT count(*) FROM (SELECT 1 FROM " + schema + ".billing_line GROUP BY account_id, season_id, "
        + "room_id, item, ref HAVING count(*) > 1) d", rs -> totals.put("keys with more than one line", rs.getString(1)));
    return totals;
  }

  /** A row consumer that may throw. */
  @FunctionalInterface
  public interface Rows {
    /**
     * Takes a row.
     *
     * @param rs the result set on the row
     * @throws SQLException on failure
     */
    void row(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query.
   *
   * @param connection the database
   * @param sql the query
   * @param rows what to do with each row
   */
  public static void query(Connection connection, String sql, Rows rows) {
    try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.row(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * A company descriptor for billing comparisons: identical demo data for the same seed.
   *
   * @param code the company code
   * @param region the region
   * @param accounts demo accounts
   * @param chunkSize accounts per billing chunk
   * @param password the administrator's password
   * @return the YAML
   */
  public static String company(String code, String region, int accounts, int chunkSize, String password) {
    return """
        kind: company
        code: %s
        parent: %s
        name: 计费测试%s热力公司
        modules: [billing]
        settings:
          billing:
            runChunkSize: %d
        demo:
          accounts: %d
          seed: 7
        users:
          - username: %s.admin
            displayName: %s 管理员
            role: COMPANY_ADMIN
            initialPassword: "%s"
        """.formatted(code, region, code, chunkSize, accounts, code.toLowerCase(), code, password);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
