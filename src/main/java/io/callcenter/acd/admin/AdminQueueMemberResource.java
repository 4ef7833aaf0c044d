package io.callcenter.acd.admin;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A queue's members in the queue's order (the order linear and round-robin offer calls in). Admins and the queue's
 * supervisors read and reorder; adding and removing members stays in {@code /api/admin/acd/agents}.
 */
@Path("/api/admin/acd/queues/{name}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class AdminQueueMemberResource {

    /** Every member's username, first in line first. */
    public record OrderChange(@NotNull List<String> order) {
    }

    @Inject
    QueueMemberService members;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<QueueMemberDto> list(@PathParam("name") String name) {
        QueueService.require(name);
        currentUser.requireQueue(name);
        return members.members(name);
    }

    @PUT
    public List<QueueMemberDto> reorder(@PathParam("name") String name, @Valid @NotNull OrderChange body) {
        QueueService.require(name);
        currentUser.requireQueue(name);
        return members.reorder(name, body.order());
    }
}
