package io.heatcloud.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root: {@code /heatcloud/api}. */
@ApplicationPath("api")
public class RestApplication extends Application {}
