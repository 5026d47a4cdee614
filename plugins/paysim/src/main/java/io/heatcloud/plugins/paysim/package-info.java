/**
 * The payment gateway simulator. Two sides in one plugin: {@link
 * io.heatcloud.plugins.paysim.PaysimGateway}, the platform's client of the gateway (what a real
 * gateway plugin writes), and {@link io.heatcloud.plugins.paysim.GatewayResource}, the simulated
 * remote gateway served over HTTP. They talk only over HTTP with HMAC-SHA256 signatures ({@link
 * io.heatcloud.plugins.paysim.Signer}), as a real gateway and its client would.
 */
package io.heatcloud.plugins.paysim;
