package io.heatcloud.core.customers;

import io.heatcloud.core.tenancy.NodeView;
import io.heatcloud.core.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.jboss.logging.Logger;

/**
 * Fills a new company with realistic demo accounts: Chinese names, mobile numbers, addresses in
 * residential communities of the company's city. Deterministic per company (the same company gets
 * the same accounts), and only into an empty archive.
 */
@ApplicationScoped
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀英", "霞", "平", "刚", "桂英", "建华", "海燕", "志强", "玉兰", "晓东", "春梅", "国庆", "文博"
  };
  private static final String[] COMMUNITIES = {
    "幸福花园", "阳光小区", "滨海苑", "福山新村", "春晖家园", "锦绣华庭", "东方明珠苑", "翠湖山庄",
    "金色港湾", "丽景名都", "和平里", "新华小区"
  };
  private static final String[] ROADS = {"南大街", "北马路", "解放路", "人民路", "青年路", "长江路", "黄河路"};
  private static final String[] MOBILE_PREFIXES = {"138", "139", "150", "151", "186", "187", "135", "177"};

  @PersistenceContext(unitName = "tenant")
  EntityManager em;

  @Inject TenantTransactions tx;

  /**
   * Generates demo accounts into a company whose archive is empty.
   *
   * @param company the company
   * @param count how many
   * @return the number generated (0 when the archive was not empty)
   */
  public int generate(NodeView company, int count) {
    long start = System.nanoTime();
    int created =
        tx.call(
            company.tenant(),
            () -> {
              if (em.createNamedQuery("Account.countAll", Long.class).getSingleResult() > 0) {
                return 0;
              }
              Random random = new Random(company.code().hashCode());
              String city = company.city() == null ? "" : company.city() + "市";
              LocalDate base = LocalDate.of(2015, 1, 1);
              Instant now = Instant.now();
              for (int i = 1; i <= count; i++) {
                String name =
                    SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                String phone =
                    MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                        + String.format("%08d", random.nextInt(100_000_000));
                String community = COMMUNITIES[random.nextInt(COMMUNITIES.length)];
                String address =
                    city + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号"
                        + community + (1 + random.nextInt(30)) + "号楼" + (1 + random.nextInt(4))
                        + "单元" + (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(4)) + "室";
                em.persist(new Account(
                    String.format("%s%08d", company.code(), i),
                    name,
                    phone,
                    address,
                    base.plusDays(random.nextInt(3650)),
                    now));
                if (i % 500 == 0) {
                  em.flush();
                  em.clear();
                }
              }
              return count;
            });
    LOG.infof("generated %d demo accounts for %s in %d ms", created, company.code(),
        (System.nanoTime() - start) / 1_000_000);
    return created;
  }
}
