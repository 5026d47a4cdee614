/** The notices use cases, bound to one company through its module context. */
package io.heatcloud.plugins.notices.application;
