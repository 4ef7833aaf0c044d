package io.callcenter.security.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Other JSON binding failures (e.g. a record constructor rejecting a value). */
@Provider
public class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException e) {
        return Problem.of("invalid-json", "Invalid JSON body", 400, e.getOriginalMessage())
                .toResponse();
    }
}
