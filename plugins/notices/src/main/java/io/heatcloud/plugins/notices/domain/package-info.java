/** A notice and its states. */
package io.heatcloud.plugins.notices.domain;
