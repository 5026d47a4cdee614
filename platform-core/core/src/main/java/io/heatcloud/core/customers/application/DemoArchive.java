package io.heatcloud.core.customers.application;

import io.heatcloud.core.customers.domain.CodeKind;
import io.heatcloud.core.customers.domain.CodePattern;
import io.heatcloud.core.customers.domain.CodePattern.Field;
import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills an empty company with a realistic customer archive: communities of 12-24 buildings,
 * households with Chinese names, valid resident ID numbers and mobile numbers, a mix of usage
 * types (about 87% residential, 7% low-income, 6% non-residential organisations with larger
 * areas), about 18% metered rooms with meter readings for the last and the current season, and
 * about 5% rooms with a closed valve (suspended heating). Numbers follow the group's coding rules.
 * Deterministic per company; written with PostgreSQL's COPY, so a million accounts take a minute.
 */
@ApplicationScoped
public class DemoArchive {

  private static final Logger LOG = Logger.getLogger(DemoArchive.class);

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀英", "霞", "平", "刚", "桂英", "建华", "海燕", "志强", "玉兰", "晓东", "春梅", "国庆", "文博",
    "子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "淑珍", "德明", "凤英", "振华"
  };
  private static final String[] COMMUNITIES = {
    "幸福花园", "阳光小区", "滨海苑", "福山新村", "春晖家园", "锦绣华庭", "东方明珠苑", "翠湖山庄",
    "金色港湾", "丽景名都", "和平里", "新华小区", "康居新城", "御景园", "枫林绿洲", "芝罘人家",
    "海晨花园", "长安小区", "世纪华庭", "凤凰城"
  };
  private static final String[] DISTRICTS = {"芝罘区", "莱山区", "福山区", "牟平区", "开发区", "高新区"};
  private static final String[] ROADS = {"南大街", "北马路", "解放路", "人民路", "青年路", "长江路", "黄河路", "迎春大街"};
  private static final String[] BUSINESSES = {
    "商贸有限公司", "餐饮管理有限公司", "实验小学", "社区卫生服务中心", "物业服务有限公司", "超市有限公司", "幼儿园"
  };
  private static final String[] MOBILE_PREFIXES = {"138", "139", "150", "151", "186", "187", "135", "177", "133", "182"};
  private static final Map<String, String> AREA_CODES = Map.of(
      "YTRL", "370602", "WHRL", "371002", "LYRL", "371302", "ZZRL", "370402", "ZBRL", "370302");

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Inject TenantTransactions tx;
  @Inject CodingService coding;

  /**
   * Generates demo accounts into a company whose archive is empty.
   *
   * @param company the company
   * @param count how many accounts
   * @param seed the random seed, or null to derive it from the company code
   * @return the number generated (0 when the archive was not empty)
   */
  public int generate(NodeView company, int count, Long seed) {
    long start = System.nanoTime();
    int created = tx.call(company.tenant(), () -> {
      if (em.createNamedQuery("Account.countAll", Long.class).getSingleResult() > 0) {
        return 0;
      }
      Session session = em.unwrap(Session.class);
      session.doWork(connection -> write(connection, company, count,
          seed != null ? seed : company.code().hashCode() * 31L + count));
      return count;
    });
    LOG.infof("generated %d demo accounts for %s in %d ms", created, company.code(),
        (System.nanoTime() - start) / 1_000_000);
    return created;
  }

  private void write(Connection connection, NodeView company, int count, long seed) throws SQLException {
    Random random = new Random(seed);
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    String city = company.city() == null ? "" : company.city() + "市";
    String areaCode = AREA_CODES.getOrDefault(company.code(), "3706" + String.format("%02d", Math.floorMod(company.code().hashCode(), 90) + 1));
    Map<Field, String> base = coding.companyFields(company.tenant());
    CodePattern premisePattern = CodePattern.parse(CodeKind.PREMISE, coding.rules().get(CodeKind.PREMISE));
    CodingService.Reservation customerNumbers = coding.reserve(CodeKind.CUSTOMER, base, count);

    Tables t = new Tables();
    int communities = Math.max(1, (count + 599) / 600);
    long buildingId = 0;
    long unitId = 0;
    long id = 0;
    LocalDate lastSeasonStart = LocalDate.of(2025, 11, 15);
    LocalDate lastSeasonEnd = LocalDate.of(2026, 3, 15);
    LocalDate seasonStart = LocalDate.of(2026, 11, 15);
    for (int c = 1; c <= communities && id < count; c++) {
      String communityCode = String.format(communities > 99 ? "XQ%03d" : "XQ%02d", c);
      String communityName = COMMUNITIES[(c - 1) % COMMUNITIES.length] + (c > COMMUNITIES.length ? (c - 1) / COMMUNITIES.length + 1 + "期" : "");
      String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
      String street = city + district + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号";
      t.community.append(c).append('\t').append(communityCode).append('\t').append(communityName).append('\t')
          .append(district).append('\t').append(street).append("\t2026-01-01 00:00:00+08\n");
      Map<Field, String> fields = new HashMap<>(base);
      fields.put(Field.COMMUNITY, communityCode);
      int inCommunity = (int) Math.min(600, count - id);
      CodingService.Reservation accountNumbers = coding.reserve(CodeKind.ACCOUNT, fields, inCommunity);
      int made = 0;
      int buildings = 12 + random.nextInt(13);
      for (int b = 1; b <= buildings && made < inCommunity; b++) {
        buildingId++;
        t.building.append(buildingId).append('\t').append(c).append('\t').append(b).append('\n');
        int units = 2 + random.nextInt(2);
        int floors = 6 + random.nextInt(13);
        for (int u = 1; u <= units && made < inCommunity; u++) {
          unitId++;
          t.unit.append(unitId).append('\t').append(buildingId).append('\t').append(u).append('\n');
          for (int f = 1; f <= floors && made < inCommunity; f++) {
            for (int r = 1; r <= 2 && made < inCommunity; r++) {
              id++;
              made++;
              String roomNo = f + String.format("%02d", r);
              fields.put(Field.BUILDING, String.valueOf(b));
              fields.put(Field.UNIT, String.valueOf(u));
              fields.put(Field.ROOM, roomNo);
              String premiseCode = premisePattern.expand(fields).with(0);
              String accountNo = accountNumbers.code(made - 1);
              String customerNo = customerNumbers.code((int) id - 1);
              household(t, random, id, unitId, roomNo, premiseCode, accountNo, customerNo, areaCode,
                  street + communityName + b + "号楼" + u + "单元" + roomNo + "室", lastSeasonStart, lastSeasonEnd, seasonStart);
            }
          }
        }
      }
      if (t.customer.length() > 4_000_000) {
        t.flush(copy);
      }
    }
    t.flush(copy);
    try (Statement s = connection.createStatement()) {
      for (String table : new String[] {"community", "building", "building_unit", "customer", "account", "room", "meter_reading", "contract", "account_event"}) {
        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), GREATEST((SELECT max(id) FROM " + table + "), 1))");
      }
      s.execute("ANALYZE account");
      s.execute("ANALYZE customer");
      s.execute("ANALYZE room");
    }
  }

  private static void household(Tables t, Random random, long id, long unitId, String roomNo, String premiseCode,
      String accountNo, String customerNo, String areaCode, String address, LocalDate lastStart, LocalDate lastEnd,
      LocalDate seasonStart) {
    int roll = random.nextInt(100);
    boolean organisation = roll < 6;
    String usage = organisation ? "NON_RESIDENTIAL" : roll < 13 ? "LOW_INCOME" : "RESIDENTIAL";
    BigDecimal buildingArea = organisation
        ? BigDecimal.valueOf(12000 + random.nextInt(108000), 2)
        : BigDecimal.valueOf(5500 + random.nextInt(9000), 2);
    BigDecimal heatedArea = buildingArea.multiply(BigDecimal.valueOf(85 + random.nextInt(16)))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    boolean metered = !organisation && random.nextInt(100) < 19;
    boolean closed = random.nextInt(100) < 5;
    String name;
    String idType;
    String idNumber;
    if (organisation) {
      name = "烟台" + SURNAMES[random.nextInt(SURNAMES.length)] + "氏" + BUSINESSES[random.nextInt(BUSINESSES.length)];
      idType = "CREDIT_CODE";
      idNumber = "91" + areaCode + String.format("%010d", 100_000_000L + id);
    } else {
      name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      // birth day and sequence number from the id: unique within the company for up to 20 million accounts
      random.nextInt(20000);
      LocalDate born = LocalDate.of(1945, 1, 1).plusDays(id * 7919 % 20000);
      String first17 = areaCode + born.toString().replace("-", "") + String.format("%03d", (int) (id / 20000 % 1000));
      idType = "RESIDENT_ID";
      idNumber = first17 + ArchiveRules.residentIdCheck(first17);
    }
    String phone = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    t.customer.append(id).append('\t').append(customerNo).append('\t').append(organisation ? "ORGANISATION" : "PERSON")
        .append('\t').append(name).append('\t').append(idType).append('\t').append(idNumber).append('\t').append(phone)
        .append("\t\\N\t2026-01-01 00:00:00+08\t0\n");
    LocalDate opened = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6500));
    t.account.append(id).append('\t').append(accountNo).append('\t').append(address).append("\tACTIVE\t").append(opened)
        .append("\t2026-01-01 00:00:00+08\t0\t").append(id).append("\t\\N\t\\N\n");
    String meter = metered ? "HM" + String.format("%010d", Math.abs((long) premiseCode.hashCode()) % 1_000_000_000L) + id : null;
    t.room.append(id).append('\t').append(unitId).append('\t').append(roomNo).append('\t').append(premiseCode).append('\t')
        .append(buildingArea).append('\t').append(heatedArea).append('\t').append(usage).append('\t')
        .append(metered ? "METERED" : "AREA").append('\t').append(meter == null ? "\\N" : meter).append('\t')
        .append(closed ? "CLOSED" : "OPEN").append('\t').append(id).append('\n');
    if (metered) {
      BigDecimal register = BigDecimal.valueOf(random.nextInt(2_000_000), 3);
      BigDecimal season = heatedArea.multiply(BigDecimal.valueOf(30 + random.nextInt(16), 2)).setScale(3, RoundingMode.HALF_UP);
      t.reading(id, lastStart, register);
      t.reading(id, lastEnd, register.add(season));
      t.reading(id, seasonStart, register.add(season).add(BigDecimal.valueOf(random.nextInt(2000), 3)));
    }
    t.contract.append(id).append('\t').append(id).append("\tHT").append(accountNo).append('\t').append(opened)
        .append("\t\\N\tACTIVE\n");
    t.event.append(id).append('\t').append(id).append("\t2026-01-01 00:00:00+08\tsystem\tOPENED\tdemo data, premise ")
        .append(premiseCode).append('\n');
  }

  /** COPY buffers, flushed when large (parents before children), so memory stays bounded. */
  private static final class Tables {
    final StringBuilder community = new StringBuilder();
    final StringBuilder building = new StringBuilder();
    final StringBuilder unit = new StringBuilder();
    final StringBuilder customer = new StringBuilder();
    final StringBuilder account = new StringBuilder();
    final StringBuilder room = new StringBuilder();
    final StringBuilder reading = new StringBuilder();
    final StringBuilder contract = new StringBuilder();
    final StringBuilder event = new StringBuilder();
    long readingId;

    void reading(long roomId, LocalDate on, BigDecimal gj) {
      readingId++;
      reading.append(readingId).append('\t').append(roomId).append('\t').append(on).append('\t').append(gj)
          .append("\tIMPORT\t2026-01-01 00:00:00+08\n");
    }

    void flush(CopyManager copy) throws SQLException {
      try {
        copy(copy, "COPY community (id, code, name, district, address, created_at) FROM STDIN", community);
        copy(copy, "COPY building (id, community_id, code) FROM STDIN", building);
        copy(copy, "COPY building_unit (id, building_id, code) FROM STDIN", unit);
        copy(copy, "COPY customer (id, customer_no, kind, name, id_type, id_number, phone, phone2, created_at, version) FROM STDIN", customer);
        copy(copy, "COPY account (id, account_no, address, status, opened_on, created_at, version, customer_id, closed_on, close_reason) FROM STDIN", account);
        copy(copy, "COPY room (id, unit_id, room_no, premise_code, building_area, heated_area, usage_type, heating_mode, meter_serial, valve_state, account_id) FROM STDIN", room);
        copy(copy, "COPY meter_reading (id, room_id, read_on, reading_gj, source, created_at) FROM STDIN", reading);
        copy(copy, "COPY contract (id, account_id, contract_no, signed_on, valid_to, status) FROM STDIN", contract);
        copy(copy, "COPY account_event (id, account_id, occurred_at, actor, kind, details) FROM STDIN", event);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void copy(CopyManager copy, String sql, StringBuilder rows) throws SQLException, IOException {
      if (rows.length() > 0) {
        copy.copyIn(sql, new StringReader(rows.toString()));
        rows.setLength(0);
      }
    }

  }
}
