/** Hooks the platform calls when companies are created and modules enabled or disabled. */
package io.heatcloud.api.lifecycle;
