package io.callcenter.reports.saved;

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

/** The logged-in user's saved report definitions: list, read, create, replace, delete. */
@Path("/api/reports/definitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ReportDefinitionResource {

    @Inject
    ReportDefinitionService definitions;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<ReportDefinitionDto> list() {
        return definitions.list(currentUser.username());
    }

    @GET
    @Path("/{id}")
    public ReportDefinitionDto get(@PathParam("id") long id) {
        return definitions.get(currentUser.username(), id);
    }

    @POST
    public Response create(@NotNull ReportDefinitionDto body) {
        ReportDefinitionDto created = definitions.create(currentUser.username(), body);
        return Response.created(URI.create("/api/reports/definitions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public ReportDefinitionDto update(@PathParam("id") long id, @NotNull ReportDefinitionDto body) {
        return definitions.update(currentUser.username(), id, body);
    }

    @DELETE
    @Path("/{id}")
    public void delete(@PathParam("id") long id) {
        definitions.delete(currentUser.username(), id);
    }
}
