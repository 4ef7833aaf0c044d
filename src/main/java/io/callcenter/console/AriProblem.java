package io.callcenter.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.callcenter.security.problem.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The problem body of a console action ARI refused or could not serve: the usual problem fields plus ARI's own
 * status and message ({@code ariStatus} is absent when Asterisk could not be reached at all).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AriProblem(String type, String title, int status, String detail, Integer ariStatus, String ariMessage) {

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(this).build();
    }
}
