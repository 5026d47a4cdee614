/** The billing module's entities, in the company schema. */
package io.heatcloud.plugins.billing.domain;
