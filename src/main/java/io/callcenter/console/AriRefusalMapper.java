package io.callcenter.console;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** ARI refusals of console actions become their problem body, with ARI's status and message. */
@Provider
public class AriRefusalMapper implements ExceptionMapper<AriRefusal> {

    @Override
    public Response toResponse(AriRefusal e) {
        return e.problem().toResponse();
    }
}
