/**
 * The notices module (通知公告): the plugin class and its extensions. Domain in {@code domain},
 * use cases in {@code application}, the REST resource in {@code rest}, the view model in {@code
 * web}.
 */
package io.heatcloud.plugins.notices;
