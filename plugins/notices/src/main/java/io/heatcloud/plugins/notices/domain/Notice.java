package io.heatcloud.plugins.notices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A notice of a company (table {@code notice} in the company's schema). */
@Entity
@Table(name = "notice")
@NamedQuery(name = "Notice.findAll", query = "SELECT n FROM Notice n ORDER BY n.publishedAt DESC, n.id DESC")
@NamedQuery(name = "Notice.countPublished", query = "SELECT count(n) FROM Notice n WHERE n.status = 'PUBLISHED'")
@NamedQuery(name = "Notice.countAll", query = "SELECT count(n) FROM Notice n")
@NamedQuery(
    name = "Notice.expire",
    query = "UPDATE Notice n SET n.status = 'EXPIRED', n.version = n.version + 1 "
        + "WHERE n.status = 'PUBLISHED' AND n.validUntil < :today")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NoticeCategory category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private NoticeStatus status;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(nullable = false, length = 64)
  private String author;

  @Version private int version;

  /** For JPA. */
  protected Notice() {}

  /**
   * Publishes a notice.
   *
   * @param title the title
   * @param body the text
   * @param category what it is about
   * @param validUntil the last day it is shown
   * @param author who published it
   * @param now the time
   */
  public Notice(String title, String body, NoticeCategory category, LocalDate validUntil, String author, Instant now) {
    this.title = title;
    this.body = body;
    this.category = category;
    this.validUntil = validUntil;
    this.author = author;
    this.publishedAt = now;
    this.status = NoticeStatus.PUBLISHED;
  }

  /** Takes the notice down. */
  public void withdraw() {
    if (status == NoticeStatus.PUBLISHED) {
      status = NoticeStatus.WITHDRAWN;
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public NoticeCategory getCategory() {
    return category;
  }

  public NoticeStatus getStatus() {
    return status;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getAuthor() {
    return author;
  }
}
