/** Module metadata: the name, menu entries, permissions and settings a plugin brings. */
package io.heatcloud.api.module;
