package io.callcenter.security.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 7807 problem body: every 4xx of the JSON API answers with one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is a short slug under {@code urn:callcenter:problem:}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem("urn:callcenter:problem:" + slug, title, status, detail, null);
    }

    /** The problem as a JAX-RS response. */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
