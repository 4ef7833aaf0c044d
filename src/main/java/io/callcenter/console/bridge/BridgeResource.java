package io.callcenter.console.bridge;

import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.LiveRecording;
import io.callcenter.console.ActionResult;
import io.callcenter.console.ConsoleAction;
import io.callcenter.console.ConsoleAri;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** Bridges: create, destroy, add/remove a channel, music on hold, record. Admins and supervisors (every bridge). */
@Path("/api/console/servers/{server}/bridges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class BridgeResource {

    private final ConsoleAri ari;

    BridgeResource(ConsoleAri ari) {
        this.ari = ari;
    }

    /** 201 with ARI's bridge; the id is chosen here so a retried request cannot create two bridges. */
    @POST
    public Response create(@PathParam("server") String server, @Valid BridgeRequests.Create body) {
        BridgeRequests.Create req = body == null ? new BridgeRequests.Create(null, null) : body;
        String id = UUID.randomUUID().toString();
        Bridge bridge = ari.perform(ConsoleAction.of("bridge.create", server, id, "type", req.typeOrMixing(), "name", req.name()),
                c -> c.bridges().create(req.typeOrMixing(), id, req.name(), null));
        return Response.created(URI.create("/api/console/servers/" + server + "/bridges/" + id)).entity(bridge).build();
    }

    @DELETE
    @Path("/{bridgeId}")
    public ActionResult destroy(@PathParam("server") String server, @PathParam("bridgeId") String id) {
        return ari.run(ConsoleAction.of("bridge.destroy", server, id), "Bridge destroyed", c -> c.bridges().destroy(id));
    }

    @POST
    @Path("/{bridgeId}/channels")
    public ActionResult addChannel(@PathParam("server") String server, @PathParam("bridgeId") String id,
            @Valid @NotNull BridgeRequests.AddChannel body) {
        return ari.run(ConsoleAction.of("bridge.addChannel", server, id, "channelId", body.channelId()),
                "Channel " + body.channelId() + " added", c -> c.bridges().addChannel(id, body.channelId(), null, null, null, null));
    }

    @DELETE
    @Path("/{bridgeId}/channels/{channelId}")
    public ActionResult removeChannel(@PathParam("server") String server, @PathParam("bridgeId") String id,
            @PathParam("channelId") String channelId) {
        return ari.run(ConsoleAction.of("bridge.removeChannel", server, id, "channelId", channelId),
                "Channel " + channelId + " removed", c -> c.bridges().removeChannel(id, channelId));
    }

    @POST
    @Path("/{bridgeId}/moh")
    public ActionResult moh(@PathParam("server") String server, @PathParam("bridgeId") String id, @Valid BridgeRequests.Moh body) {
        String mohClass = body == null ? null : body.mohClass();
        return ari.run(ConsoleAction.of("bridge.moh", server, id, "mohClass", mohClass),
                "Music on hold started (" + (mohClass == null ? "default" : mohClass) + ")", c -> c.bridges().startMoh(id, mohClass));
    }

    @DELETE
    @Path("/{bridgeId}/moh")
    public ActionResult mohStop(@PathParam("server") String server, @PathParam("bridgeId") String id) {
        return ari.run(ConsoleAction.of("bridge.moh.stop", server, id), "Music on hold stopped", c -> c.bridges().stopMoh(id));
    }

    @POST
    @Path("/{bridgeId}/record")
    public Response record(@PathParam("server") String server, @PathParam("bridgeId") String id,
            @Valid @NotNull BridgeRequests.Record body) {
        LiveRecording recording = ari.perform(ConsoleAction.of("bridge.record", server, id, "name", body.name(),
                "format", body.formatOrWav()), c -> c.bridges().record(id, body.name(), body.formatOrWav(), null, null, null,
                "fail", null, null));
        return Response.status(Response.Status.CREATED).entity(recording).build();
    }
}
