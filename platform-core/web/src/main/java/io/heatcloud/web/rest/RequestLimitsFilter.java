package io.heatcloud.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Limits request bodies: 1 MB for JSON and YAML, 50 MB for plugin archives (the only binary
 * upload). Larger requests get 413 before they are read.
 */
@Provider
@PreMatching
public class RequestLimitsFilter implements ContainerRequestFilter {

  static final long MAX_DOCUMENT = 1024 * 1024;
  static final long MAX_ARCHIVE = 50L * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    int length = request.getLength();
    MediaType type = request.getMediaType();
    boolean binary = type != null && MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(type);
    long limit = binary ? MAX_ARCHIVE : MAX_DOCUMENT;
    if (length > limit) {
      request.abortWith(ProblemMappers.problem(413, "payload-too-large",
          "请求体过大，上限 " + (limit / (1024 * 1024)) + " MB / the body exceeds " + (limit / (1024 * 1024)) + " MB", null));
    }
  }
}
