package io.callcenter.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint without any security annotation: deny-unannotated-endpoints must refuse it. */
@Path("/api/unannotated-test")
public class UnannotatedTestResource {

    @GET
    public String get() {
        return "should never be served";
    }
}
