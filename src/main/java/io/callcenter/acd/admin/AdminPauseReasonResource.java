package io.callcenter.acd.admin;

import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.net.URI;
import java.util.List;

/** Pause reasons: anyone logged in may list them (agents pick one); admins change them. */
@Path("/api/admin/acd/pause-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPauseReasonResource {

    @Inject
    PauseReasonService reasons;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME})
    public List<PauseReasonDto> list() {
        return reasons.list();
    }

    @POST
    public Response create(@NotNull PauseReasonDto body) {
        PauseReasonDto created = reasons.create(body);
        return Response.created(URI.create("/api/admin/acd/pause-reasons/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    public PauseReasonDto update(@PathParam("code") String code, @NotNull PauseReasonDto body) {
        return reasons.update(code, body);
    }

    @DELETE
    @Path("/{code}")
    public void delete(@PathParam("code") String code) {
        reasons.delete(code);
    }
}
