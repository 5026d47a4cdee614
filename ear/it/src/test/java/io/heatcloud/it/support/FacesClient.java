package io.heatcloud.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the Faces consoles: logs in through the login form and fetches
 * pages with the session cookie (sent by hand, as the cookie is Secure and the tests run on http).
 */
public final class FacesClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("HCSESSION=([^;]+)");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String session;

  /**
   * Logs in.
   *
   * @param user the demo user
   * @return the client, logged in
   */
  public static FacesClient loggedIn(Demo user) {
    FacesClient client = new FacesClient();
    HttpResponse<String> result = client.login(user.username(), user.password());
    if (result.statusCode() != 302 || result.headers().firstValue("Location").orElse("").contains("login")) {
      throw new AssertionError("Faces login of " + user.username() + " failed: " + result.statusCode() + " " + result.body());
    }
    return client;
  }

  /**
   * Submits the login form.
   *
   * @param username the user name
   * @param password the password
   * @return the response to the form post
   */
  public HttpResponse<String> login(String username, String password) {
    HttpResponse<String> page = get("/login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    // PrimeFaces' script sends the page's CSP nonce with every postback; so does this client
    Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    return post("/login.xhtml", form);
  }

  /**
   * Fetches a page.
   *
   * @param path the path below the context root
   * @return the response
   */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(It.BASE + path)).GET());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(It.BASE + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (session != null) {
      request.header("Cookie", "HCSESSION=" + session);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(c -> {
        Matcher m = SESSION.matcher(c);
        if (m.find()) {
          session = m.group(1);
        }
      });
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no view state in the login page");
    }
    return m.group(1);
  }

  /**
   * The session id, for tests of session handling.
   *
   * @return the cookie value
   */
  public String session() {
    return session;
  }
}
