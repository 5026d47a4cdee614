package io.heatcloud.web.rest.dto;

import java.util.List;

/**
 * A page of a list.
 *
 * @param items the rows
 * @param total the rows in the whole list
 * @param offset the index of the first row
 * @param <T> the row type
 */
public record PageDto<T>(List<T> items, long total, int offset) {}
