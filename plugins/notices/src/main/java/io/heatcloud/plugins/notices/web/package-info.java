/** The view model of the notice board. */
package io.heatcloud.plugins.notices.web;
