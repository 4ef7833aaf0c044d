package io.callcenter.desk.web;

import io.callcenter.desk.history.HistoryPage;
import io.callcenter.live.wire.DeskCallView;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The agent desk for the logged-in agent itself (any role, as long as it is a configured ACD agent): its desk, its
 * current call, transfer targets, its history; the call controls are in {@link DeskCallResource}. See
 * frontend/DESK_API.md.
 */
@Path("/api/desk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class DeskResource {

    @Inject
    DeskService service;

    @GET
    public DeskView desk() {
        return service.desk();
    }

    @GET
    @Path("/call")
    public DeskCallView call() {
        return service.call();
    }

    @GET
    @Path("/transfer-targets")
    public TransferTargets targets() {
        return service.targets();
    }

    @GET
    @Path("/history")
    public HistoryPage history(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.history(page, size);
    }
}
