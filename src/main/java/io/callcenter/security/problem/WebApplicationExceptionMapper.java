package io.callcenter.security.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS errors (404 unknown path, 405, 415, 400 from bad parameters...) become problem bodies; a 400 the
 * JSON reader raised for an unparsable body is described like the Jackson error it wraps.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return original; // redirects and the like are not errors
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return new JsonParseExceptionMapper().toResponse(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return new JsonMappingExceptionMapper().toResponse(mapping);
        }
        Response.StatusType status = original.getStatusInfo();
        // the exception message of a client error is safe to show; a server error's is not
        String detail = status.getStatusCode() < 500 ? e.getMessage() : "The server could not complete the request";
        return Problem.of("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(), detail)
                .toResponse();
    }
}
