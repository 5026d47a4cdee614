package io.heatcloud.plugins.notices.application;

import io.heatcloud.api.context.ModuleContext;
import io.heatcloud.api.errors.InvalidRequestException;
import io.heatcloud.api.errors.NotFoundException;
import io.heatcloud.api.errors.ProblemException.FieldError;
import io.heatcloud.plugins.notices.NoticesModule;
import io.heatcloud.plugins.notices.domain.Notice;
import io.heatcloud.plugins.notices.domain.NoticeCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Publishing, listing, withdrawing and expiring notices of the context's company. */
public class NoticeService {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ModuleContext context;

  /**
   * Creates the service for a company.
   *
   * @param context the company's context
   */
  public NoticeService(ModuleContext context) {
    this.context = context;
  }

  /**
   * Every notice, newest first.
   *
   * @return the notices
   */
  public List<Notice> list() {
    context.requirePermission(NoticesModule.VIEW);
    return context.inTransaction(em -> em.createNamedQuery("Notice.findAll", Notice.class).setMaxResults(500).getResultList());
  }

  /**
   * One notice.
   *
   * @param id its id
   * @return the notice
   */
  public Notice get(long id) {
    context.requirePermission(NoticesModule.VIEW);
    return context.inTransaction(em -> {
      Notice notice = em.find(Notice.class, id);
      if (notice == null) {
        throw new NotFoundException("通知不存在 / no such notice: " + id);
      }
      return notice;
    });
  }

  /**
   * Publishes a notice.
   *
   * @param draft the notice
   * @return the published notice
   */
  public Notice publish(NoticeDraft draft) {
    context.requirePermission(NoticesModule.PUBLISH);
    List<FieldError> errors = new ArrayList<>();
    if (draft == null) {
      throw new InvalidRequestException("缺少通知内容 / the notice is missing");
    }
    if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
      errors.add(new FieldError("title", "标题必填，最多 200 字 / a title of at most 200 characters is required"));
    }
    if (draft.body() == null || draft.body().isBlank() || draft.body().length() > 4000) {
      errors.add(new FieldError("body", "正文必填，最多 4000 字 / a text of at most 4000 characters is required"));
    }
    NoticeCategory category = NoticeCategory.GENERAL;
    if (draft.category() != null && !draft.category().isBlank()) {
      try {
        category = NoticeCategory.valueOf(draft.category().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("category", "类别须为 HEATING_SEASON、OUTAGE、BILLING 或 GENERAL"));
      }
    }
    LocalDate today = LocalDate.now(ZONE);
    LocalDate validUntil =
        draft.validUntil() != null
            ? draft.validUntil()
            : today.plusDays(context.settings().integer(NoticesModule.DEFAULT_VALIDITY_DAYS));
    if (validUntil.isBefore(today)) {
      errors.add(new FieldError("validUntil", "有效期不能早于今天 / must not be in the past"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("通知无效 / invalid notice", errors);
    }
    String author = context.user().map(u -> u.username()).orElse("system");
    NoticeCategory finalCategory = category;
    Notice notice = context.inTransaction(em -> {
      Notice n = new Notice(draft.title().trim(), draft.body().trim(), finalCategory, validUntil, author, Instant.now());
      em.persist(n);
      return n;
    });
    context.audit().record("notices.publish", "notice:" + notice.getId(), notice.getTitle());
    return notice;
  }

  /**
   * Withdraws a notice.
   *
   * @param id the notice
   * @return the notice
   */
  public Notice withdraw(long id) {
    context.requirePermission(NoticesModule.PUBLISH);
    Notice notice = context.inTransaction(em -> {
      Notice n = em.find(Notice.class, id);
      if (n == null) {
        throw new NotFoundException("通知不存在 / no such notice: " + id);
      }
      n.withdraw();
      return n;
    });
    context.audit().record("notices.withdraw", "notice:" + id, notice.getTitle());
    return notice;
  }

  /**
   * Archives notices whose end date has passed (the daily job); idempotent.
   *
   * @return the number archived now
   */
  public int expireOutdated() {
    return context.inTransaction(em ->
        em.createNamedQuery("Notice.expire").setParameter("today", LocalDate.now(ZONE)).executeUpdate());
  }

  /**
   * The number of notices in force.
   *
   * @return the count
   */
  public long countPublished() {
    return context.inTransaction(em -> em.createNamedQuery("Notice.countPublished", Long.class).getSingleResult());
  }

  /** Puts a welcome notice on an empty board. */
  public void welcomeIfEmpty() {
    context.transaction(em -> {
      if (em.createNamedQuery("Notice.countAll", Long.class).getSingleResult() == 0) {
        em.persist(new Notice(
            "欢迎使用通知公告",
            "本公司已启用通知公告模块。管理员可在此发布供热季、停热检修和收费通知。",
            NoticeCategory.GENERAL,
            LocalDate.now(ZONE).plusDays(context.settings().integer(NoticesModule.DEFAULT_VALIDITY_DAYS)),
            "system",
            Instant.now()));
      }
    });
  }

  /**
   * Whether the current user may publish.
   *
   * @return true when allowed
   */
  public boolean canPublish() {
    return context.hasPermission(NoticesModule.PUBLISH);
  }
}
