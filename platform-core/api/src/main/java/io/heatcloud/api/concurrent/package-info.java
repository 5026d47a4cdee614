/** Concurrency helpers for plugins and the platform alike: group commit of many callers' writes. */
package io.heatcloud.api.concurrent;
