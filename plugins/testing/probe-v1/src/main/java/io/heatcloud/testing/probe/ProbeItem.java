package io.heatcloud.testing.probe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the probe's table {@code probe_item} (1.0.0: id and name). */
@Entity
@Table(name = "probe_item")
public class ProbeItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  /** For JPA. */
  protected ProbeItem() {}

  /**
   * Creates an item.
   *
   * @param name its name
   */
  public ProbeItem(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
