/** REST resources contributed by a plugin, mounted under the platform's API root. */
package io.heatcloud.api.rest;
