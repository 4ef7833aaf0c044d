package io.callcenter.supervise.monitor;

import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Listen / whisper / barge on an agent's call: start (201), switch mode, stop; supervisors and admins. */
@Path("/api/supervise/monitors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class MonitorResource {

    /** Start: whose call, how, and optionally which phone rings (default: the account's endpoint). */
    public record Start(@NotBlank String agent, @NotBlank String mode, String endpoint) {
    }

    public record ModeChange(@NotBlank String mode) {
    }

    @Inject
    MonitorService service;

    @GET
    public List<MonitorView> list() {
        return service.list();
    }

    @POST
    public Response start(@Valid @NotNull Start body) {
        return Response.status(201).entity(service.start(body.agent(), body.mode(), body.endpoint())).build();
    }

    @PUT
    @Path("/{id}")
    public MonitorView mode(@PathParam("id") String id, @Valid @NotNull ModeChange body) {
        return service.switchMode(id, body.mode());
    }

    @DELETE
    @Path("/{id}")
    public MonitorView stop(@PathParam("id") String id) {
        return service.stop(id);
    }
}
