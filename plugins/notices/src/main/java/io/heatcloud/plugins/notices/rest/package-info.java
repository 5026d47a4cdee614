/** The notices REST resource, mounted at {@code /api/modules/notices}. */
package io.heatcloud.plugins.notices.rest;
