/** View models of the payments module's pages. */
package io.heatcloud.plugins.payments.web;
