/** View models of the billing module's pages ({@code views/*.xhtml}), one per page and view. */
package io.heatcloud.plugins.billing.web;
