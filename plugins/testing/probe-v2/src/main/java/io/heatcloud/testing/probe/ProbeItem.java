package io.heatcloud.testing.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code probe_item} (2.0.0: with the note column added by changeset probe-0002). */
@Entity
@Table(name = "probe_item")
public class ProbeItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(length = 200)
  private String note;

  /** For JPA. */
  protected ProbeItem() {}

  /**
   * Creates an item.
   *
   * @param name its name
   */
  public ProbeItem(String name) {
    this.name = name;
    this.note = "added by 2.0.0";
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getNote() {
    return note;
  }
}
