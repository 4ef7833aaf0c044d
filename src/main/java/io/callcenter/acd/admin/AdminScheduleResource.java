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

/** Named business hours (weekly intervals, holidays, zone) that queues refer to; admins only. */
@Path("/api/admin/acd/business-hours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminScheduleResource {

    @Inject
    ScheduleService schedules;

    @GET
    public List<ScheduleDto> list() {
        return schedules.list();
    }

    @GET
    @Path("/{name}")
    public ScheduleDto get(@PathParam("name") String name) {
        return schedules.get(name);
    }

    @POST
    public Response create(@NotNull ScheduleDto body) {
        ScheduleDto created = schedules.create(body);
        return Response.created(URI.create("/api/admin/acd/business-hours/" + created.name())).entity(created)
                .build();
    }

    @PUT
    @Path("/{name}")
    public ScheduleDto replace(@PathParam("name") String name, @NotNull ScheduleDto body) {
        return schedules.replace(name, body);
    }

    @DELETE
    @Path("/{name}")
    public void delete(@PathParam("name") String name) {
        schedules.delete(name);
    }
}
