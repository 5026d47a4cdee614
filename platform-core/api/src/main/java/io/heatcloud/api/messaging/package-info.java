/**
 * Messages to customers: a module that connects an SMS gateway offers a {@link
 * io.heatcloud.api.messaging.ShortMessageSender}; without one, the platform writes messages to its
 * log (the demo's way of showing verification codes).
 */
package io.heatcloud.api.messaging;
