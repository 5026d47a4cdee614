package io.heatcloud.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes RFC 7807 problem responses from servlet code (filters). */
public final class Problems {

  private Problems() {}

  /**
   * Writes a problem.
   *
   * @param response the response
   * @param status the HTTP status
   * @param type the short problem type
   * @param detail the explanation
   * @throws IOException when writing fails
   */
  public static void write(HttpServletResponse response, int status, String type, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"heatcloud\"");
    }
    response.getWriter().write(
        Json.createObjectBuilder()
            .add("type", "urn:heatcloud:problem:" + type)
            .add("title", title(status))
            .add("status", status)
            .add("detail", detail)
            .build()
            .toString());
  }

  /**
   * The standard title of a status.
   *
   * @param status the status
   * @return its reason phrase
   */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 413 -> "Payload Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
