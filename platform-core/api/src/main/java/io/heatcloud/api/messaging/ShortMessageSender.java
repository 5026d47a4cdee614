package io.heatcloud.api.messaging;

/** Sends a short text message to a phone (an SMS gateway's client), offered by a module. */
public interface ShortMessageSender {

  /**
   * Sends a message.
   *
   * @param phone the mobile number, digits only
   * @param text the message
   * @throws RuntimeException when it cannot be sent
   */
  void send(String phone, String text);
}
