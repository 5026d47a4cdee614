package io.heatcloud.core.common;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a longer list.
 *
 * @param items the rows of this page
 * @param total the number of rows in the whole list
 * @param offset the index of the first row
 * @param <T> the row type
 */
public record Page<T>(List<T> items, long total, int offset) implements Serializable {

  /** Copies the rows. */
  public Page {
    items = List.copyOf(items);
  }
}
