package io.callcenter.acd.admin;

import io.callcenter.security.access.CurrentUser;
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

/** Queues: admins create, replace and delete; supervisors read the queues they supervise. */
@Path("/api/admin/acd/queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminQueueResource {

    @Inject
    QueueService queues;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<QueueDto> list() {
        return queues.list(currentUser.access()::canSuperviseQueue);
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public QueueDto get(@PathParam("name") String name) {
        QueueDto queue = queues.get(name);
        currentUser.requireQueue(name);
        return queue;
    }

    @POST
    public Response create(@NotNull QueueDto body) {
        QueueDto created = queues.create(body);
        return Response.created(URI.create("/api/admin/acd/queues/" + created.name())).entity(created).build();
    }

    @PUT
    @Path("/{name}")
    public QueueDto replace(@PathParam("name") String name, @NotNull QueueDto body) {
        return queues.replace(name, body);
    }

    @DELETE
    @Path("/{name}")
    public void delete(@PathParam("name") String name) {
        queues.delete(name);
    }
}
