package io.heatcloud.plugins.notices.application;

import java.time.LocalDate;

/**
 * A notice to publish.
 *
 * @param title the title, 1-200 characters
 * @param body the text, 1-4000 characters
 * @param category HEATING_SEASON, OUTAGE, BILLING or GENERAL
 * @param validUntil the last day it is shown; null for the company's default validity
 */
public record NoticeDraft(String title, String body, String category, LocalDate validUntil) {}
