package io.heatcloud.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/** REST calls as the demo users: bearer tokens, cached per user for the run. */
public final class Api {

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private Api() {}

  /**
   * Logs in through the API.
   *
   * @param username the user
   * @param password the password
   * @return the response
   */
  public static Response login(String username, String password) {
    return given().contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post(It.API + "/auth/token");
  }

  /**
   * A fresh token.
   *
   * @param username the user
   * @param password the password
   * @return the token
   */
  public static String token(String username, String password) {
    Response response = login(username, password);
    if (response.statusCode() != 200) {
      throw new AssertionError("login of " + username + " failed: " + response.asString());
    }
    return response.jsonPath().getString("token");
  }

  /**
   * A request as a demo user (token cached for the run).
   *
   * @param user the user
   * @return the request
   */
  public static RequestSpecification as(Demo user) {
    String token = TOKENS.computeIfAbsent(user.username(), u -> token(user.username(), user.password()));
    return as(token);
  }

  /**
   * A request with a token.
   *
   * @param token the token
   * @return the request
   */
  public static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token).baseUri(It.API);
  }

  /** Forgets the cached tokens (after a restart of the deployment they still work, but a test may want new ones). */
  public static void forgetTokens() {
    TOKENS.clear();
  }

  /**
   * Waits until a condition holds.
   *
   * @param timeout how long at most
   * @param what what is awaited, for the failure message
   * @param condition the condition
   * @return how long it took
   */
  public static Duration await(Duration timeout, String what, BooleanSupplier condition) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("timed out after " + timeout + " waiting for " + what);
  }
}
