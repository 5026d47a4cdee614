/** Benchmarks of the platform on a real server, printing figures; separate from the tests. */
package io.heatcloud.bench;
