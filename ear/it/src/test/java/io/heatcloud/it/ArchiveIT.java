package io.heatcloud.it;

import static io.heatcloud.it.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heatcloud.it.support.Api;
import io.heatcloud.it.support.Demo;
import io.heatcloud.it.support.PlatformDeployment;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The customer archive of a company: opening, editing and closing accounts with generated numbers,
 * meter readings, masking of personal data, imports (GBK CSV) with a report of rejected rows and
 * no change on a second import, Excel export with formulas neutralised, coding rules.
 */
class ArchiveIT extends PlatformDeployment {

  private static String residentId(String first17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * w[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  private static Map<String, Object> premise(String community, String room, String mode, String meter) {
    return new java.util.HashMap<>(Map.of("communityCode", community, "building", "9", "unit", "1", "roomNo", room,
        "buildingArea", 88.50, "heatedArea", 80.00, "usageType", "RESIDENTIAL", "heatingMode", mode)) {
      {
        if (meter != null) {
          put("meterSerial", meter);
        }
      }
    };
  }

  @Test
  void anAdministratorOpensEditsAndClosesAnAccountWithGeneratedNumbers() {
    as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("code", "HJY", "name", "海景苑", "district", "莱山区", "address", "烟台市莱山区海景路8号"))
        .post("/communities").then().statusCode(201).body("code", equalTo("HJY"));
    Map<String, Object> customer = Map.of("name", "孙悟净", "idType", "RESIDENT_ID",
        "idNumber", residentId("37061319880808123"), "phone", "13912345678");
    JsonPath opened = as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("customer", customer, "premise", premise("HJY", "1202", "METERED", "HM-IT-0001")))
        .post("/accounts").then().statusCode(201)
        .body("accountNo", equalTo("YTRLHJY00001"))
        .body("address", containsString("海景苑9号楼1单元1202室"))
        .extract().jsonPath();
    long id = opened.getLong("id");
    as(Demo.YT_OPERATOR).contentType(ContentType.JSON)
        .body(Map.of("customer", customer, "premise", premise("HJY", "1203", "AREA", null)))
        .post("/accounts").then().statusCode(403);
    as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("customer", customer, "premise", premise("HJY", "1202", "AREA", null)))
        .post("/accounts").then().statusCode(409).body("detail", containsString("YTRLHJY00001"));

    JsonPath detail = as(Demo.YT_ADMIN).get("/accounts/" + id + "/detail").then().statusCode(200)
        .body("premises[0].premiseCode", equalTo("HJY-9-1-1202"))
        .body("customer.customerNo", startsWith("YTRLC"))
        .body("customer.phone", equalTo("13912345678"))
        .body("contracts[0].contractNo", equalTo("HTYTRLHJY00001"))
        .body("events[0].kind", equalTo("OPENED"))
        .extract().jsonPath();
    as(Demo.YT_OPERATOR).get("/accounts/" + id + "/detail").then().statusCode(200)
        .body("customer.phone", equalTo("139****5678"))
        .body("customer.idNumber", matchesPattern("3706\\*{10}\\d{3}[\\dX]"));

    long roomId = detail.getLong("premises[0].roomId");
    as(Demo.YT_ADMIN).contentType(ContentType.JSON).body(Map.of("readOn", "2026-11-15", "readingGj", 120.5))
        .post("/rooms/" + roomId + "/readings").then().statusCode(204);
    as(Demo.YT_ADMIN).contentType(ContentType.JSON).body(Map.of("readOn", "2026-11-20", "readingGj", 100.0))
        .post("/rooms/" + roomId + "/readings").then().statusCode(422).body("detail", containsString("2026-11-15"));

    int version = detail.getInt("version");
    Map<String, Object> change = Map.of("version", version, "name", "孙悟净", "phone", "13912345679",
        "rooms", List.of(Map.of("roomId", roomId, "buildingArea", 88.50, "heatedArea", 85.00, "usageType", "LOW_INCOME",
            "heatingMode", "METERED", "meterSerial", "HM-IT-0001", "valveState", "OPEN")));
    as(Demo.YT_ADMIN).contentType(ContentType.JSON).body(change).put("/accounts/" + id).then().statusCode(200);
    as(Demo.YT_ADMIN).contentType(ContentType.JSON).body(change).put("/accounts/" + id).then().statusCode(409);
    as(Demo.YT_ADMIN).get("/accounts/" + id + "/detail").then()
        .body("premises[0].heatedArea", equalTo(85.0f))
        .body("premises[0].usageType", equalTo("LOW_INCOME"))
        .body("events.kind", hasItems("OPENED", "READING", "CHANGED"));

    as(Demo.YT_ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "房屋出售")).post("/accounts/" + id + "/close")
        .then().statusCode(200).body("status", equalTo("CLOSED"));
    as(Demo.YT_ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "again")).post("/accounts/" + id + "/close")
        .then().statusCode(422);
    as(Demo.HQ_AUDITOR).queryParam("action", "archive.").get("/audit").then()
        .body("items.action", hasItems("archive.account-open", "archive.account-change", "archive.account-close"));
  }

  @Test
  void invalidAccountsAreRefusedWithEveryField() {
    as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("customer", Map.of("name", "", "idType", "RESIDENT_ID", "idNumber", "370602199001011235", "phone", "123"),
            "premise", Map.of("communityCode", "NOWHERE", "building", "1", "unit", "1", "roomNo", "101",
                "buildingArea", 50, "heatedArea", 60, "usageType", "MARTIAN", "heatingMode", "METERED")))
        .post("/accounts").then().statusCode(400)
        .body("errors.field", hasItems("customer.name", "customer.idNumber", "customer.phone", "premise.heatedArea",
            "premise.usageType", "premise.meterSerial"));
  }

  @Test
  void importingAGbkFileTwiceCreatesOnceAndReportsRejectedRows() throws Exception {
    String csv = String.join("\n",
        "小区编码,小区名称,楼号,单元,房号,建筑面积,供热面积,用热性质,计费方式,热表编号,户主,证件类型,证件号码,电话",
        "DH1,东海苑,1,1,101,88.50,80.00,居民,面积,,王小明,身份证," + residentId("37060219900101001") + ",13800138000",
        "DH1,东海苑,1,1,102,95.00,90.00,低保居民,计量,HM-DH-0002,李红,身份证," + residentId("37060219910101002") + ",13900139000",
        "DH1,东海苑,1,1,103,120.00,130.00,居民,面积,,赵错,身份证,370602199101010000,12345",
        "XX9,,1,1,104,90,80,火星,面积,,钱多多,,,");
    byte[] gbk = csv.getBytes(Charset.forName("GBK"));
    long first = importFile(gbk);
    as(Demo.YT_ADMIN).get("/imports/" + first).then()
        .body("createdRows", equalTo(2)).body("rejectedRows", equalTo(2)).body("unchangedRows", equalTo(0));
    byte[] report = as(Demo.YT_ADMIN).get("/imports/" + first + "/report").then().statusCode(200).extract().asByteArray();
    String sheet = sheetText(report);
    assertTrue(sheet.contains("证件号码") && sheet.contains("供热面积不能大于建筑面积") && sheet.contains("小区不存在"), sheet);

    long second = importFile(gbk);
    as(Demo.YT_ADMIN).get("/imports/" + second).then()
        .body("createdRows", equalTo(0)).body("updatedRows", equalTo(0)).body("unchangedRows", equalTo(2))
        .body("rejectedRows", equalTo(2));
    as(Demo.YT_OPERATOR).queryParam("address", "东海苑").get("/accounts").then().body("total", equalTo(2));
    as(Demo.YT_OPERATOR).contentType(ContentType.BINARY).header("X-File-Name", "a.csv").body(gbk)
        .post("/imports").then().statusCode(403);
    as(Demo.YT_ADMIN).contentType(ContentType.BINARY).header("X-File-Name", "a.xls").body(new byte[] {1, 2, 3})
        .post("/imports").then().statusCode(400).contentType("application/problem+json");
  }

  private static long importFile(byte[] content) {
    long id = as(Demo.YT_ADMIN).contentType(ContentType.BINARY).header("X-File-Name", "accounts-gbk.csv").body(content)
        .post("/imports").then().statusCode(201)
        .body("job.totalRows", equalTo(4)).body("job.validRows", equalTo(2))
        .body("rows.find { it.line == 4 }.problems.size()", equalTo(3))
        .extract().jsonPath().getLong("job.id");
    as(Demo.YT_ADMIN).post("/imports/" + id + "/start").then().statusCode(202);
    Api.await(Duration.ofSeconds(60), "import " + id + " to finish", () ->
        "DONE".equals(as(Demo.YT_ADMIN).get("/imports/" + id).jsonPath().getString("status")));
    return id;
  }

  @Test
  void exportsAreMaskedForOperatorsAndFormulaSafe() throws Exception {
    as(Demo.YT_ADMIN).contentType(ContentType.JSON)
        .body(Map.of("customer", Map.of("name", "=HYPERLINK(\"http://evil\",\"x\")", "phone", "13812340000"),
            "premise", premise("XQ01", "9901", "AREA", null)))
        .post("/accounts").then().statusCode(201);
    byte[] xlsx = as(Demo.YT_OPERATOR).queryParam("name", "=HYPERLINK").get("/accounts/export").then().statusCode(200)
        .contentType(containsString("spreadsheetml")).extract().asByteArray();
    String sheet = sheetText(xlsx);
    assertTrue(sheet.contains("'=HYPERLINK"), "a formula is neutralised: " + sheet);
    assertTrue(sheet.contains("138****0000"), "the phone is masked for an operator");
  }

  @Test
  void headquartersSetsTheCodingRules() {
    as(Demo.HQ_ADMIN).get("/org/coding-rules").then().statusCode(200)
        .body("ACCOUNT", equalTo("{COMPANY}{COMMUNITY}{SEQ:5}"));
    as(Demo.JD_ADMIN).contentType(ContentType.TEXT).body("{COMPANY}{SEQ:9}").put("/org/coding-rules/ACCOUNT")
        .then().statusCode(403);
    as(Demo.HQ_ADMIN).contentType(ContentType.TEXT).body("{COMPANY}{ROOM}").put("/org/coding-rules/ACCOUNT")
        .then().statusCode(400).body("detail", containsString("SEQ"));
    as(Demo.HQ_ADMIN).contentType(ContentType.TEXT).body("{REGION}{COMPANY}{SEQ:7}").put("/org/coding-rules/ACCOUNT")
        .then().statusCode(204);
    try {
      as(Demo.LY_ADMIN).contentType(ContentType.JSON)
          .body(Map.of("customer", Map.of("name", "刘备"), "premise", premise("XQ01", "9902", "AREA", null)))
          .post("/accounts").then().statusCode(201).body("accountNo", equalTo("LNQYLYRL0000001"));
    } finally {
      as(Demo.HQ_ADMIN).contentType(ContentType.TEXT).body("{COMPANY}{COMMUNITY}{SEQ:5}").put("/org/coding-rules/ACCOUNT")
          .then().statusCode(204);
    }
    as(Demo.HQ_AUDITOR).queryParam("action", "coding.").get("/audit").then().body("items.target", hasItem("coding:ACCOUNT"));
  }

  /** The shared strings and inline strings of an .xlsx, for assertions. */
  static String sheetText(byte[] xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
    java.nio.file.Files.write(file, xlsx);
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (var entry : java.util.Collections.list(zip.entries())) {
        if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
          text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    assertEquals(false, text.isEmpty());
    return text.toString().replace("&apos;", "'").replace("&quot;", "\"");
  }
}
