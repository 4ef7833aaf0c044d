package io.callcenter.wallboard.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.callcenter.wallboard.config.Catalogue;
import io.callcenter.wallboard.config.WallboardRequest;
import io.callcenter.wallboard.config.WallboardService;
import io.callcenter.wallboard.config.WallboardView;
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

/** Wallboards of the supervisors' queues: list, read, create, replace, delete; and the editor's catalogue. */
@Path("/api/wallboards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class WallboardResource {

    @Inject
    WallboardService wallboards;
    @Inject
    CurrentUser user;

    @GET
    public List<WallboardView> list() {
        return wallboards.list(user.access());
    }

    @GET
    @Path("/catalogue")
    public Catalogue catalogue() {
        return wallboards.catalogue(user.access());
    }

    @GET
    @Path("/{id}")
    public WallboardView get(@PathParam("id") long id) {
        return wallboards.get(id, user.access());
    }

    @POST
    public Response create(@NotNull WallboardRequest body) {
        WallboardView created = wallboards.create(body, user.access());
        return Response.created(URI.create("/api/wallboards/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public WallboardView replace(@PathParam("id") long id, @NotNull WallboardRequest body) {
        return wallboards.update(id, body, user.access());
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") long id) {
        wallboards.delete(id, user.access());
    }
}
