package io.callcenter.wallboard.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.callcenter.wallboard.config.CreatedKioskLink;
import io.callcenter.wallboard.config.KioskLinkService;
import io.callcenter.wallboard.config.KioskLinkView;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A wallboard's kiosk links, for those who may edit it: list, make (token shown once), revoke. */
@Path("/api/wallboards/{id}/kiosk-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class KioskLinkResource {

    /** Body of a new link: a label saying where the screen hangs. */
    public record NewLink(String label) {
    }

    @Inject
    KioskLinkService links;
    @Inject
    CurrentUser user;

    @GET
    public List<KioskLinkView> list(@PathParam("id") long id) {
        return links.list(id, user.access());
    }

    @POST
    public Response create(@PathParam("id") long id, NewLink body) {
        CreatedKioskLink created = links.create(id, body == null ? null : body.label(), user.access());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Revokes the link at once: its token opens nothing any more and its open screens are disconnected. */
    @DELETE
    @Path("/{linkId}")
    public KioskLinkView revoke(@PathParam("id") long id, @PathParam("linkId") long linkId) {
        return links.revoke(id, linkId, user.access());
    }
}
