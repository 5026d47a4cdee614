/**
 * Hosting of plugin views: the resource handler that serves Facelets from plugin archives at
 * {@code /modules/{pluginId}/...}, the filter that hides them from companies without the module,
 * and the EL resolver for plugin view models (calls run with the plugin's class loader).
 */
package io.heatcloud.web.modules;
