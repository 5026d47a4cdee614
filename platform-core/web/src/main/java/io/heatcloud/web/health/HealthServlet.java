package io.heatcloud.web.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Serves {@code /health/ready} and {@code /health/live} (no login needed; no personal data). */
@WebServlet(urlPatterns = {"/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject HealthChecks checks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    List<HealthChecks.Check> results =
        request.getServletPath().endsWith("live") ? checks.liveness() : checks.readiness();
    boolean up = results.stream().allMatch(HealthChecks.Check::up);
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (HealthChecks.Check check : results) {
      array.add(Json.createObjectBuilder()
          .add("name", check.name())
          .add("status", check.up() ? "UP" : "DOWN")
          .add("data", check.data()));
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(
        Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array).build().toString());
  }
}
