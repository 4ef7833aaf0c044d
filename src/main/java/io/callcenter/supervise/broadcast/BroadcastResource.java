package io.callcenter.supervise.broadcast;

import io.callcenter.live.wire.Delta;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A short message to the agents of some queues (of the sender's own); recent ones listed. */
@Path("/api/supervise/broadcasts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class BroadcastResource {

    public record NewBroadcast(String text, List<String> queues) {
    }

    @Inject
    BroadcastService service;

    @GET
    public List<Delta.Broadcast> recent() {
        return service.recent();
    }

    @POST
    public Response send(@NotNull NewBroadcast body) {
        return Response.status(201).entity(service.send(body.text(), body.queues())).build();
    }
}
