package io.heatcloud.it;

import static io.heatcloud.it.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.FacesClient;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Passwords, lockout, tokens, sessions, headers and the audit log.
 */
class SecurityIT extends PlatformDeployment {

  private static long createUser(String username, String password) {
    return as(Demo.HQ_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", username, "displayName", "测试用户", "role", "COMPANY_OPERATOR",
            "nodeCode", "WHRL", "initialPassword", password))
        .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
  }

  @Test
  void repeatedFailuresLockTheAccountWithoutRevealingWhetherItExists() {
    long id = createUser("lock.test", "Lockout#Test2026");
    String unknown = Api.login("nobody.here", "Whatever#2026x").then().statusCode(401).extract().path("detail");
    for (int i = 1; i <= 5; i++) {
      Response wrong = Api.login("lock.test", "Wrong#Password" + i);
      wrong.then().statusCode(401).contentType("application/problem+json");
      assertEquals(unknown, wrong.path("detail"), "a wrong password and an unknown user get the same answer");
    }
    Timestamp lockedUntil = (Timestamp) Db.value("SELECT locked_until FROM platform.app_user WHERE id = ?", id);
    assertTrue(lockedUntil != null && lockedUntil.toInstant().isAfter(java.time.Instant.now()), "locked after 5 failures");
    Response locked = Api.login("lock.test", "Lockout#Test2026");
    locked.then().statusCode(401);
    assertEquals(unknown, locked.path("detail"), "a locked account gets the same answer too");

    Api.login("lock.test", "Wrong#Again2026").then().statusCode(401);
    assertEquals(lockedUntil, Db.value("SELECT locked_until FROM platform.app_user WHERE id = ?", id),
        "attempts during a lockout do not extend it");

    // the clock moves past the lockout
    Db.update("UPDATE platform.app_user SET locked_until = now() - interval '1 second' WHERE id = ?", id);
    Api.login("lock.test", "Lockout#Test2026").then().statusCode(200);
    assertEquals(0, Db.value("SELECT failed_attempts FROM platform.app_user WHERE id = ?", id));

    // locked again, unlocked by an administrator
    for (int i = 0; i < 5; i++) {
      Api.login("lock.test", "Wrong#Password" + i).then().statusCode(401);
    }
    Api.login("lock.test", "Lockout#Test2026").then().statusCode(401);
    as(Demo.HQ_ADMIN).get("/users").then().body("find { it.username == 'lock.test' }.locked", equalTo(true));
    as(Demo.LY_ADMIN).post("/users/" + id + "/unlock").then().statusCode(404);
    as(Demo.HQ_ADMIN).post("/users/" + id + "/unlock").then().statusCode(204);
    Api.login("lock.test", "Lockout#Test2026").then().statusCode(200);

    as(Demo.HQ_AUDITOR).queryParam("actor", "anonymous").queryParam("action", "auth.login").queryParam("limit", 1000)
        .get("/audit").then().statusCode(200)
        .body("items.findAll { it.target == 'user:lock.test' && it.outcome == 'FAILURE' }.size()", greaterThanOrEqualTo(12))
        .body("items.find { it.target == 'user:nobody.here' }.details", equalTo("unknown user name"))
        .body("items.find { it.target == 'user:lock.test' }.clientIp", equalTo("127.0.0.1"));
    as(Demo.HQ_AUDITOR).queryParam("actor", "lock.test").get("/audit").then()
        .body("items.find { it.action == 'auth.login' }.outcome", equalTo("SUCCESS"))
        .body("items.find { it.action == 'auth.login' }.tenant", equalTo("WHRL"))
        .body("items.find { it.action == 'auth.login' }.occurredAt", notNullValue());
    as(Demo.HQ_AUDITOR).queryParam("action", "users.").get("/audit").then()
        .body("items.action", hasItems("users.create", "users.unlock"))
        .body("items.find { it.action == 'users.unlock' }.actor", equalTo("hq.admin"));
  }

  @Test
  void passwordPolicyRefusesWeakPasswordsWithReasons() {
    as(Demo.HQ_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", "weak.one", "displayName", "弱密码", "role", "COMPANY_OPERATOR",
            "nodeCode", "WHRL", "initialPassword", "123456"))
        .post("/users").then().statusCode(400)
        .body("errors.field", hasItem("initialPassword"))
        .body("errors.message", hasItem(containsString("至少 12 个字符")));
    as(Demo.HQ_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", "weak.two", "displayName", "常见密码", "role", "COMPANY_OPERATOR",
            "nodeCode", "WHRL", "initialPassword", "Password2026!"))
        .post("/users").then().statusCode(400)
        .body("errors.message", hasItem(containsString("too common")));
    as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("username", "sneaky.admin", "displayName", "越权", "role", "GROUP_ADMIN",
            "nodeCode", "QLRJ", "initialPassword", "Sneaky#Admin2026"))
        .post("/users").then().statusCode(403);
    assertEquals(0L, Db.value("SELECT count(*) FROM platform.app_user WHERE username IN ('weak.one','weak.two','sneaky.admin')"));
  }

  @Test
  void passwordsAreStoredWithPbkdf2() {
    String hash = (String) Db.value("SELECT password_hash FROM platform.app_user WHERE username = 'hq.admin'");
    assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
  }

  @Test
  void apiTokensEndWithLogoutAndAreRequired() {
    RestAssured.get(It.API + "/org/companies").then().statusCode(401)
        .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
    as("not-a-real-token-at-all-0123456789").get("/org/companies").then().statusCode(401);
    String token = Api.token(Demo.YT_OPERATOR.username(), Demo.YT_OPERATOR.password());
    as(token).get("/auth/me").then().statusCode(200).body("username", equalTo("yt.operator")).body("company", equalTo("YTRL"));
    as(token).delete("/auth/token").then().statusCode(204);
    as(token).get("/auth/me").then().statusCode(401);
    assertEquals(1L, Db.value("SELECT count(*) FROM platform.api_token WHERE revoked_at IS NOT NULL AND user_id = "
        + "(SELECT id FROM platform.app_user WHERE username = 'yt.operator')"));
  }

  @Test
  void consoleSessionsAreRenewedAtLoginAndEndAtLogout() {
    FacesClient browser = new FacesClient();
    HttpResponse<String> login = browser.get("/login.xhtml");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String flags = cookie.toLowerCase(java.util.Locale.ROOT);
    assertTrue(flags.contains("httponly") && flags.contains("secure") && flags.contains("samesite=strict"), cookie);
    String before = browser.session();
    HttpResponse<String> submitted = browser.login(Demo.YT_OPERATOR.username(), Demo.YT_OPERATOR.password());
    assertEquals(302, submitted.statusCode());
    assertNotEquals(before, browser.session(), "a new session id at login");
    assertEquals(200, browser.get("/company/home.xhtml").statusCode());

    FacesClient failed = new FacesClient();
    HttpResponse<String> wrong = failed.login(Demo.YT_OPERATOR.username(), "Wrong#Password1");
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("用户名或密码错误"), "the login page says why, without saying which");
    assertEquals(302, failed.get("/company/home.xhtml").statusCode(), "still not logged in");
  }

  @Test
  void responsesCarrySecurityHeaders() {
    Response page = RestAssured.get(It.BASE + "/login.xhtml");
    page.then().statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("script-src 'self' 'nonce-"))
        .header("Cache-Control", "no-store");
    as(Demo.HQ_ADMIN).get("/org/tree").then()
        .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void theAuditLogIsAppendOnlyAndItsChainDetectsEdits() throws SQLException {
    as(Demo.HQ_AUDITOR).get("/audit/verify").then().statusCode(200).body("brokenAt", equalTo(null));
    as(Demo.JD_ADMIN).get("/audit/verify").then().statusCode(403);
    SQLException refused = assertThrows(SQLException.class, () -> {
      try (Connection c = Db.connect(); Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE platform.audit_entry SET details = 'edited' WHERE id = 1");
      }
    });
    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    assertThrows(SQLException.class, () -> {
      try (Connection c = Db.connect(); Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM platform.audit_entry WHERE id = 1");
      }
    });
    // a database owner who bypasses the trigger is still caught by the chain
    String original = (String) Db.value("SELECT details FROM platform.audit_entry WHERE id = 2");
    try (Connection c = Db.connect(); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE platform.audit_entry DISABLE TRIGGER tg_audit_entry_append_only");
      s.executeUpdate("UPDATE platform.audit_entry SET details = 'tampered' WHERE id = 2");
    }
    try {
      as(Demo.HQ_AUDITOR).get("/audit/verify").then().statusCode(200).body("brokenAt", equalTo(2));
    } finally {
      try (Connection c = Db.connect(); java.sql.PreparedStatement s =
          c.prepareStatement("UPDATE platform.audit_entry SET details = ? WHERE id = 2")) {
        s.setString(1, original);
        s.executeUpdate();
        try (Statement t = c.createStatement()) {
          t.execute("ALTER TABLE platform.audit_entry ENABLE TRIGGER tg_audit_entry_append_only");
        }
      }
    }
    as(Demo.HQ_AUDITOR).get("/audit/verify").then().body("brokenAt", equalTo(null));
    List<String> actions = as(Demo.HQ_AUDITOR).queryParam("limit", 1000).get("/audit").jsonPath().getList("items.action");
    assertTrue(actions.contains("org.create-company") && actions.contains("descriptor.apply"), "tenant changes audited");
  }
}
