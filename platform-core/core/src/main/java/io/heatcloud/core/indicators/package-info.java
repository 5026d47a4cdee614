/**
 * Indicators computed by plugins for each company, and their roll-up over the companies a user
 * may see (regional and group figures), one company (one transaction) at a time.
 */
package io.heatcloud.core.indicators;
