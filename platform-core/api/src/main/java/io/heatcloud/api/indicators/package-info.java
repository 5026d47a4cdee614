/** Indicators (figures such as collection rate or active notices) computed by plugins. */
package io.heatcloud.api.indicators;
