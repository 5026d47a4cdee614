/** Read access for plugins to the core customer archive: accounts. */
package io.heatcloud.api.customers;
