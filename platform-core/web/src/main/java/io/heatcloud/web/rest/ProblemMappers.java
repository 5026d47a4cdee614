package io.heatcloud.web.rest;

import io.heatcloud.api.errors.ProblemException;
import io.heatcloud.core.plugins.ModuleUnavailableException;
import io.heatcloud.core.plugins.PluginRefusedException;
import io.heatcloud.core.tenancy.application.ProvisioningException;
import io.heatcloud.web.security.Problems;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns every failure into an RFC 7807 problem. Bad input and business rules give 4xx with a
 * message for the user and the fields at fault; unexpected failures give 500 with a reference to
 * the log entry and nothing of the internals.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json;charset=UTF-8");

  private ProblemMappers() {}

  static Response problem(int status, String type, String detail, JsonArrayBuilder errors) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "urn:heatcloud:problem:" + type)
            .add("title", Problems.title(status))
            .add("status", status)
            .add("detail", detail == null ? Problems.title(status) : detail);
    if (errors != null) {
      body.add("errors", errors);
    }
    Response.ResponseBuilder response = Response.status(status).type(PROBLEM).entity(body.build().toString());
    if (status == 401) {
      response.header("WWW-Authenticate", "Bearer realm=\"heatcloud\"");
    }
    return response.build();
  }

  /** Problems raised by the platform and plugins. */
  @Provider
  public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
      JsonArrayBuilder errors = null;
      if (!e.fieldErrors().isEmpty()) {
        errors = Json.createArrayBuilder();
        for (ProblemException.FieldError error : e.fieldErrors()) {
          errors.add(Json.createObjectBuilder().add("field", error.field()).add("message", error.message()));
        }
      }
      return problem(e.status(), e.type(), e.getMessage(), errors);
    }
  }

  /** JAX-RS's own exceptions: unknown paths, wrong methods, unsupported media types. */
  @Provider
  public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String detail =
          switch (status) {
            case 401 -> "需要登录 / authentication required: send Authorization: Bearer <token>";
            case 404 -> "不存在 / not found";
            case 405 -> "不支持此方法 / method not allowed";
            case 415 -> "不支持的内容类型 / unsupported media type";
            case 406 -> "无法提供所需格式 / not acceptable";
            default -> status >= 500 ? "服务器错误 / server error" : "请求无效 / invalid request";
          };
      if (status >= 500) {
        LOG.error("request failed", e);
      }
      return problem(status, status == 404 ? "not-found" : "http-" + status, detail, null);
    }
  }

  /** A body that is not valid JSON for the resource. */
  @Provider
  public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return problem(400, "invalid-request", "请求体不是有效的 JSON / the body is not valid JSON: " + e.getMessage(), null);
    }
  }

  /** A module being upgraded or removed. */
  @Provider
  public static class ModuleUnavailableMapper implements ExceptionMapper<ModuleUnavailableException> {
    @Override
    public Response toResponse(ModuleUnavailableException e) {
      return Response.fromResponse(problem(503, "module-unavailable", e.getMessage(), null))
          .header("Retry-After", "2").build();
    }
  }

  /** A refused plugin archive. */
  @Provider
  public static class PluginRefusedMapper implements ExceptionMapper<PluginRefusedException> {
    @Override
    public Response toResponse(PluginRefusedException e) {
      return problem(422, "plugin-refused", e.getMessage(), null);
    }
  }

  /** A company whose schema could not be prepared. */
  @Provider
  public static class ProvisioningMapper implements ExceptionMapper<ProvisioningException> {
    @Override
    public Response toResponse(ProvisioningException e) {
      LOG.error("provisioning failed", e);
      return problem(500, "provisioning-failed", e.getMessage(), null);
    }
  }

  /** Anything else: logged with a reference, answered without internals. */
  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof ProblemException problem) {
          return new ProblemExceptionMapper().toResponse(problem);
        }
        if (cause instanceof jakarta.persistence.OptimisticLockException
            || cause instanceof org.hibernate.StaleStateException) {
          return problem(409, "conflict", cause.getMessage() != null && cause.getMessage().contains("/")
              ? cause.getMessage() : "数据已被他人修改，请刷新后重试 / changed meanwhile; reload and try again", null);
        }
        if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
          return problem(400, "invalid-request",
              "请求体不是有效的 JSON / the body is not valid JSON: " + cause.getMessage(), null);
        }
        cause = cause.getCause();
      }
      String reference = UUID.randomUUID().toString();
      LOG.errorf(e, "unexpected failure, reference %s", reference);
      return problem(500, "internal", "服务器内部错误，参考编号 " + reference + " / internal error, reference " + reference, null);
    }
  }
}
