package io.heatcloud.plugins.notices.web;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.plugins.notices.application.NoticeDraft;
import io.heatcloud.plugins.notices.application.NoticeService;
import io.heatcloud.plugins.notices.domain.Notice;
import io.heatcloud.plugins.notices.domain.NoticeCategory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** {@code #{board}}: the notices of the company and the publishing form. */
public class BoardViewModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final transient NoticeService notices;
  private List<Notice> list;
  private String title;
  private String body;
  private String category = NoticeCategory.GENERAL.name();
  private LocalDate validUntil;

  /**
   * Creates the view model.
   *
   * @param notices the service of the user's company
   */
  public BoardViewModel(NoticeService notices) {
    this.notices = notices;
  }

  /**
   * The notices, newest first.
   *
   * @return the notices
   */
  public List<Notice> getNotices() {
    if (list == null) {
      list = notices.list();
    }
    return list;
  }

  /** Publishes the notice of the form. */
  public void publish() {
    try {
      Notice notice = notices.publish(new NoticeDraft(title, body, category, validUntil));
      message(FacesMessage.SEVERITY_INFO, "已发布 / published: " + notice.getTitle());
      title = null;
      body = null;
      validUntil = null;
      list = null;
    } catch (ProblemException e) {
      if (e.fieldErrors().isEmpty()) {
        message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      }
      e.fieldErrors().forEach(f -> message(FacesMessage.SEVERITY_ERROR, f.field() + ": " + f.message()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /**
   * Withdraws a notice.
   *
   * @param id the notice
   */
  public void withdraw(long id) {
    notices.withdraw(id);
    list = null;
  }

  /**
   * Whether the user may publish.
   *
   * @return true when allowed
   */
  public boolean isCanPublish() {
    return notices.canPublish();
  }

  /**
   * The categories to choose from.
   *
   * @return the categories
   */
  public NoticeCategory[] getCategories() {
    return NoticeCategory.values();
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
