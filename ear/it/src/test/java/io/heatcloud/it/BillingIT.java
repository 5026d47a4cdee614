package io.heatcloud.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Billing;
import io.heatcloud.it.support.Db;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.It;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Billing runs over whole companies as Jakarta Batch jobs: every account billed once, a second run
 * adds nothing, a run stopped midway and restarted ends with exactly the lines and totals of an
 * uninterrupted run over identical data; tariff changes after a run become correction lines;
 * adjustments need a second person; suspensions respect the deadline; late fees accrue once a day;
 * companies see only their own runs and accounts.
 */
class BillingIT extends PlatformDeployment {

  private static final Billing BILLING = new Billing(It.API);
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static String token(Demo user) {
    return Api.token(user.username(), user.password());
  }

  @Test
  void aRunBillsEveryActiveAccountOnceAndASecondRunAddsNothing() throws Exception {
    String admin = token(Demo.YT_ADMIN);
    long season = BILLING.season(admin);
    long first = BILLING.start(admin, season);
    JsonPath run = BILLING.completed(admin, first);
    long active = ((Number) Db.value("SELECT count(*) FROM t_ytrl.account WHERE status = 'ACTIVE'")).longValue();
    assertEquals(active, run.getLong("accountsTotal"));
    assertEquals(active, run.getLong("accountsDone"));
    assertEquals(100, run.getInt("percent"));
    assertTrue(run.getLong("linesCreated") > active * 8 / 10, run.prettify());
    try (Connection c = Db.connect()) {
      Map<String, String> totals = Billing.totals(c, "t_ytrl");
      assertEquals("0", totals.get("keys with more than one line"));
      BigDecimal sum = (BigDecimal) Db.value("SELECT sum(amount) FROM t_ytrl.billing_line WHERE run_id = ?", first);
      assertEquals(0, sum.compareTo(new BigDecimal(run.getString("amountCreated"))));
    }
    // a household on the area tariff: its statement shows heated area × 22.00
    long account = ((Number) Db.value("SELECT l.account_id FROM t_ytrl.billing_line l JOIN t_ytrl.room r ON r.id = l.room_id "
        + "WHERE l.item = 'AREA' AND r.usage_type = 'RESIDENTIAL' ORDER BY l.account_id LIMIT 1")).longValue();
    BigDecimal heated = (BigDecimal) Db.value("SELECT heated_area FROM t_ytrl.room WHERE account_id = ?", account);
    BigDecimal expected = heated.multiply(new BigDecimal("22.00")).setScale(2, java.math.RoundingMode.HALF_UP);
    JsonPath statement = BILLING.as(admin).get("/modules/billing/accounts/" + account + "/statement")
        .then().statusCode(200).extract().jsonPath();
    assertEquals(0, expected.compareTo(new BigDecimal(statement.getString("seasons[0].lines[0].amount"))));
    assertEquals("AREA", statement.getString("seasons[0].lines[0].item"));
    assertEquals(0, expected.compareTo(new BigDecimal(statement.getString("balance"))));

    long second = BILLING.start(admin, season);
    JsonPath again = BILLING.completed(admin, second);
    assertEquals(0, again.getLong("linesCreated"));
    assertEquals(0, new BigDecimal(again.getString("amountCreated")).signum());
    assertEquals(active, again.getLong("accountsDone"));
  }

  @Test
  void aRunStoppedMidwayAndRestartedEndsExactlyLikeAnUninterruptedOne() throws Exception {
    Files.writeString(It.tenantsDir().resolve("companies/bla.yaml"),
        Billing.company("BLA", "JDQY", 20_000, 50, "Billing#Alpha2026"), StandardCharsets.UTF_8);
    Files.writeString(It.tenantsDir().resolve("companies/blb.yaml"),
        Billing.company("BLB", "JDQY", 20_000, 1000, "Billing#Beta2026"), StandardCharsets.UTF_8);
    Api.await(Duration.ofMinutes(3), "BLA and BLB to answer", () ->
        BILLING.token("bla.admin", "Billing#Alpha2026") != null && BILLING.token("blb.admin", "Billing#Beta2026") != null);
    String a = BILLING.token("bla.admin", "Billing#Alpha2026");
    String b = BILLING.token("blb.admin", "Billing#Beta2026");
    BILLING.awaitModule(a);
    BILLING.awaitModule(b);

    JsonPath uninterrupted = BILLING.completed(b, BILLING.start(b, BILLING.season(b)));

    long seasonA = BILLING.season(a);
    long runA = BILLING.start(a, seasonA);
    JsonPath partly = BILLING.await(a, runA, Duration.ofMinutes(2), r -> r.getLong("accountsDone") >= 2_000);
    BILLING.as(a).post("/modules/billing/runs/" + runA + "/stop").then().statusCode(200);
    JsonPath stopped = BILLING.await(a, runA, Duration.ofMinutes(1), r -> "STOPPED".equals(r.getString("status")));
    long done = stopped.getLong("accountsDone");
    assertTrue(done > 0 && done < 20_000, "stopped midway: " + stopped.prettify() + " / " + partly.prettify());
    // the season has an open run: a new one is refused until it is restarted or abandoned
    BILLING.as(a).body(Map.of("seasonId", seasonA)).post("/modules/billing/runs").then().statusCode(409)
        .contentType("application/problem+json").body("detail", containsString("#" + runA));

    BILLING.as(a).post("/modules/billing/runs/" + runA + "/restart").then().statusCode(200);
    JsonPath restarted = BILLING.completed(a, runA);
    assertEquals(20_000, restarted.getLong("accountsDone"));
    assertEquals(uninterrupted.getLong("linesCreated"), restarted.getLong("linesCreated"));
    assertEquals(new BigDecimal(uninterrupted.getString("amountCreated")), new BigDecimal(restarted.getString("amountCreated")));
    try (Connection c = Db.connect()) {
      Map<String, String> expected = Billing.totals(c, "t_blb");
      assertEquals(expected, Billing.totals(c, "t_bla"));
      assertEquals("0", expected.get("keys with more than one line"));
      System.out.printf("[figure] 20 000 accounts, stopped after %d and restarted: %s%n", done, expected);
    }
    JsonPath second = BILLING.completed(a, BILLING.start(a, seasonA));
    assertEquals(0, second.getLong("linesCreated"));
  }

  @Test
  void aTariffChangeAfterARunBecomesCorrectionLinesAndAdjustmentsNeedASecondPerson() throws Exception {
    String admin = token(Demo.LY_ADMIN);
    String operator = token(Demo.LY_OPERATOR);
    long season = BILLING.season(admin);
    BILLING.completed(admin, BILLING.start(admin, season));
    BigDecimal charged = (BigDecimal) Db.value("SELECT sum(amount) FROM t_lyrl.billing_line WHERE source = 'CHARGE'");

    // new residential price from today: the next run corrects, the first lines stay as they were
    BILLING.as(admin).body(Map.of("usageType", "RESIDENTIAL", "effectiveFrom", TODAY.toString(), "areaPrice", 23.00,
            "meteredPrice", 45.00, "basePrice", 8.00, "baseCapRatio", 0.30, "billableFraction", 1, "note", "价格调整"))
        .post("/modules/billing/seasons/" + season + "/tariffs").then().statusCode(201);
    BILLING.as(admin).body(Map.of("usageType", "NOPE", "effectiveFrom", TODAY.toString(), "areaPrice", -1,
            "meteredPrice", 45.00, "basePrice", 8.00, "baseCapRatio", 1.5, "billableFraction", 1))
        .post("/modules/billing/seasons/" + season + "/tariffs").then().statusCode(400)
        .contentType("application/problem+json").body("errors.field", hasItem("baseCapRatio"))
        .body("errors.field", hasItem("areaPrice")).body("errors.field", hasItem("usageType"));
    long correction = BILLING.start(admin, season);
    JsonPath run = BILLING.completed(admin, correction);
    assertTrue(run.getLong("linesCreated") > 0);
    assertEquals(0, charged.compareTo((BigDecimal) Db.value("SELECT sum(amount) FROM t_lyrl.billing_line WHERE source = 'CHARGE'")));
    long residential = ((Number) Db.value("SELECT l.account_id FROM t_lyrl.billing_line l WHERE l.item = 'AREA' "
        + "AND l.source = ? ORDER BY l.account_id LIMIT 1", "R" + correction)).longValue();
    JsonPath statement = BILLING.as(operator).get("/modules/billing/accounts/" + residential + "/statement")
        .then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> lines = statement.getList("seasons.find { it.seasonId == " + season + " }.lines");
    assertEquals("CHARGE", lines.get(0).get("source"));
    assertEquals("R" + correction, lines.get(1).get("source"));
    assertEquals(true, lines.get(1).get("correction"));
    BigDecimal area = (BigDecimal) Db.value("SELECT quantity FROM t_lyrl.billing_line WHERE account_id = ? AND source = 'CHARGE' "
        + "AND item = 'AREA'", residential);
    assertEquals(0, area.setScale(2, java.math.RoundingMode.HALF_UP).compareTo(new BigDecimal(lines.get(1).get("amount").toString())),
        "one more yuan per m²");

    // a 30% waiver: the operator asks, cannot approve, the administrator approves; it shows at once
    long waiver = BILLING.as(operator).body(Map.of("seasonId", season, "accountId", residential, "kind", "WAIVER",
            "percent", 30, "reason", "低保户减免"))
        .post("/modules/billing/adjustments").then().statusCode(201).body("status", equalTo("PENDING"))
        .extract().jsonPath().getLong("id");
    BILLING.as(operator).post("/modules/billing/adjustments/" + waiver + "/approve").then().statusCode(403);
    BILLING.as(admin).post("/modules/billing/adjustments/" + waiver + "/approve").then().statusCode(200)
        .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("ly.admin"));
    BigDecimal heat = (BigDecimal) Db.value("SELECT sum(amount) FROM t_lyrl.billing_line WHERE account_id = ? AND season_id = ? "
        + "AND item IN ('AREA','BASE','METERED')", residential, season);
    JsonPath waived = BILLING.as(operator).get("/modules/billing/accounts/" + residential + "/statement")
        .then().statusCode(200).extract().jsonPath();
    String path = "seasons.find { it.seasonId == " + season + " }.lines.find { it.item == 'WAIVER' }.amount";
    assertEquals(0, heat.multiply(new BigDecimal("-0.30")).setScale(2, java.math.RoundingMode.HALF_UP)
        .compareTo(new BigDecimal(waived.getString(path))));
    // nobody approves their own request
    long own = BILLING.as(admin).body(Map.of("seasonId", season, "accountId", residential, "kind", "MANUAL",
            "amount", 12.5, "reason", "上门服务费"))
        .post("/modules/billing/adjustments").then().statusCode(201).extract().jsonPath().getLong("id");
    BILLING.as(admin).post("/modules/billing/adjustments/" + own + "/approve").then().statusCode(422)
        .contentType("application/problem+json");
    BILLING.as(operator).body(Map.of("seasonId", season, "accountId", residential, "kind", "WAIVER", "reason", ""))
        .post("/modules/billing/adjustments").then().statusCode(400).body("errors.field", hasItem("reason"));

    // the suspension deadline of the season has passed
    BILLING.as(operator).body(Map.of("seasonId", season, "accountId", residential, "reason", "外出"))
        .post("/modules/billing/suspensions").then().statusCode(422).body("detail", containsString("截止"));
  }

  @Test
  void lateFeesAccrueOnceADayOnTheOverduePrincipal() {
    String admin = token(Demo.LY_ADMIN);
    // last season, due on 31 Dec 2025
    long last = BILLING.as(admin).body(Map.of("code", "2025-2026", "name", "2025-2026 采暖季", "startsOn", "2025-11-15",
            "endsOn", "2026-03-15", "paymentDueOn", "2025-12-31", "suspensionApplyBy", "2025-10-15"))
        .post("/modules/billing/seasons").then().statusCode(201).extract().jsonPath().getLong("id");
    BILLING.as(admin).body(Map.of("code", "x", "name", "", "startsOn", "2025-11-15"))
        .post("/modules/billing/seasons").then().statusCode(400).body("errors.field", hasItem("code"));
    for (String[] t : new String[][] {{"RESIDENTIAL", "22.00"}, {"NON_RESIDENTIAL", "30.00"}, {"LOW_INCOME", "15.00"}}) {
      BILLING.as(admin).body(Map.of("usageType", t[0], "effectiveFrom", "2025-11-15", "areaPrice", new BigDecimal(t[1]),
              "meteredPrice", 45.00, "basePrice", 8.00, "baseCapRatio", 0.30, "billableFraction", 1))
          .post("/modules/billing/seasons/" + last + "/tariffs").then().statusCode(201);
    }
    BILLING.completed(admin, BILLING.start(admin, last));
    // the last season's readings are complete: metered rooms get their GJ charge
    assertTrue(((Number) Db.value("SELECT count(*) FROM t_lyrl.billing_line WHERE season_id = ? AND item = 'METERED'", last))
        .longValue() > 0);

    JsonPath first = BILLING.as(admin).body(Map.of("through", "2026-01-30")).post("/modules/billing/late-fees/accrue")
        .then().statusCode(200).extract().jsonPath();
    assertTrue(first.getLong("accounts") > 0);
    BILLING.as(admin).body(Map.of("through", "2026-01-30")).post("/modules/billing/late-fees/accrue")
        .then().statusCode(200).body("accounts", equalTo(0));
    BILLING.as(admin).body(Map.of("through", TODAY.plusDays(1).toString())).post("/modules/billing/late-fees/accrue")
        .then().statusCode(400);

    long account = ((Number) Db.value("SELECT account_id FROM t_lyrl.billing_line WHERE season_id = ? AND item = 'AREA' "
        + "ORDER BY account_id LIMIT 1", last)).longValue();
    BigDecimal principal = (BigDecimal) Db.value("SELECT sum(amount) FROM t_lyrl.billing_line WHERE season_id = ? "
        + "AND account_id = ?", last, account);
    // 1 - 30 Jan: 30 days × principal × 0.002
    BigDecimal fee = principal.multiply(new BigDecimal("0.060")).setScale(2, java.math.RoundingMode.HALF_UP);
    JsonPath statement = BILLING.as(admin).get("/modules/billing/accounts/" + account + "/statement")
        .then().statusCode(200).extract().jsonPath();
    Map<String, Object> part = statement.getList("seasons", Map.class).stream()
        .filter(s -> "2025-2026".equals(s.get("seasonCode"))).findFirst().orElseThrow();
    assertEquals(0, fee.compareTo(new BigDecimal(part.get("lateFee").toString())));
    assertEquals("2026-01-30", part.get("lateFeeThrough"));
    assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2025, 12, 31), TODAY), ((Number) part.get("overdueDays")).longValue());

    // arrears: the last season is more than 180 days overdue, the current one not yet due
    JsonPath arrears = BILLING.as(admin).get("/modules/billing/arrears?seasonId=" + last + "&limit=5")
        .then().statusCode(200).extract().jsonPath();
    BigDecimal billed = (BigDecimal) Db.value("SELECT sum(amount) FROM t_lyrl.billing_line WHERE season_id = ?", last);
    BigDecimal fees = (BigDecimal) Db.value("SELECT sum(amount) FROM t_lyrl.billing_late_fee WHERE season_id = ?", last);
    assertEquals(0, billed.add(fees).compareTo(new BigDecimal(arrears.getString("total.over180"))));
    assertEquals(0, fees.compareTo(new BigDecimal(arrears.getString("total.lateFees"))));
    assertNotNull(arrears.getString("byCommunity[0].key"));
    assertEquals(5, arrears.getList("rows").size());
    byte[] xlsx = BILLING.as(admin).get("/modules/billing/arrears/export?seasonId=" + last).then().statusCode(200)
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
    assertEquals('P', xlsx[0]);
    assertEquals('K', xlsx[1]);
  }

  @Test
  void companiesReachNeitherEachOthersRunsNorAccounts() {
    String yantai = token(Demo.YT_ADMIN);
    String zibo = token(Demo.ZB_OPERATOR);
    long maxZibo = ((Number) Db.value("SELECT max(id) FROM t_zbrl.account")).longValue();
    long onlyInYantai = ((Number) Db.value("SELECT min(id) FROM t_ytrl.account WHERE id > ?", maxZibo)).longValue();
    BILLING.as(zibo).get("/modules/billing/accounts/" + onlyInYantai + "/statement").then().statusCode(404)
        .contentType("application/problem+json");
    BILLING.as(yantai).get("/modules/billing/accounts/" + onlyInYantai + "/statement").then().statusCode(200);
    // a run of Linyi that Yantai does not have
    String linyi = token(Demo.LY_ADMIN);
    long season = BILLING.season(linyi);
    long run;
    do {
      run = BILLING.start(linyi, season);
      BILLING.completed(linyi, run);
    } while (Db.value("SELECT id FROM t_ytrl.billing_run WHERE id = ?", run) != null);
    BILLING.as(yantai).get("/modules/billing/runs/" + run).then().statusCode(404);
    BILLING.as(yantai).post("/modules/billing/runs/" + run + "/stop").then().statusCode(404);
    BILLING.as(zibo).get("/modules/billing/runs").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem((int) run)));
    // operators read but do not run billing
    BILLING.as(zibo).body(Map.of("seasonId", BILLING.season(zibo))).post("/modules/billing/runs").then().statusCode(403);
  }
}
