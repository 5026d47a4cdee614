/** Facelets views contributed by a plugin and the view models they bind to. */
package io.heatcloud.api.view;
