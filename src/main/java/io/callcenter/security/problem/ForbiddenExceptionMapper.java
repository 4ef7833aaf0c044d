package io.callcenter.security.problem;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@code @RolesAllowed} refusals of an authenticated user. */
@Provider
public class ForbiddenExceptionMapper implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException e) {
        return Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this").toResponse();
    }
}
