package io.callcenter.security.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** JSON of the wrong shape (wrong type, bad enum value, empty body): names the offending field. */
@Provider
public class MismatchedInputExceptionMapper implements ExceptionMapper<MismatchedInputException> {

    @Override
    public Response toResponse(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        String detail = path.isEmpty() ? e.getOriginalMessage() : "Field '" + path + "': " + e.getOriginalMessage();
        return Problem.of("invalid-json", "Invalid JSON body", 400, detail).toResponse();
    }
}
