package io.callcenter.supervise.view;

import io.callcenter.security.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The supervised view: agents and waiting callers of the caller's queues, pause reasons, sessions, broadcasts. */
@Path("/api/supervise")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class SupervisorResource {

    @Inject
    SupervisorViewService service;

    @GET
    public SupervisorView view() {
        return service.view();
    }
}
