/** The payments module's REST API. */
package io.heatcloud.plugins.payments.rest;
