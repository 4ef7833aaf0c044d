package io.callcenter.console.channel;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Sends one channel elsewhere: redirect to an endpoint, continue in the dialplan, move into a bridge. Admins and supervisors. */
@Path("/api/console/servers/{server}/channels/{channelId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ChannelRoutingResource {

    private final ConsoleAri ari;

    ChannelRoutingResource(ConsoleAri ari) {
        this.ari = ari;
    }

    @POST
    @Path("/redirect")
    public ActionResult redirect(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid @NotNull ChannelRequests.Redirect body) {
        return ari.run(ConsoleAction.of("redirect", server, id, "endpoint", body.endpoint()),
                "Redirected to " + body.endpoint(), c -> c.channels().redirect(id, body.endpoint()));
    }

    @POST
    @Path("/continue")
    public ActionResult continueInDialplan(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid ChannelRequests.Continue body) {
        ChannelRequests.Continue to = body == null ? new ChannelRequests.Continue(null, null, null) : body;
        String where = to.context() == null && to.extension() == null && to.priority() == null ? "where it left off"
                : "at " + (to.context() == null ? "" : to.context()) + "," + (to.extension() == null ? "" : to.extension())
                        + "," + (to.priority() == null ? "" : to.priority());
        return ari.run(ConsoleAction.of("continue", server, id, "context", to.context(), "extension", to.extension(),
                "priority", to.priority()), "Continued in the dialplan " + where,
                c -> c.channels().continueInDialplan(id, to.context(), to.extension(), to.priority(), null));
    }

    /** Adds the channel to a bridge; ARI takes it out of the bridge it was in. */
    @POST
    @Path("/move")
    public ActionResult move(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid @NotNull ChannelRequests.Move body) {
        return ari.run(ConsoleAction.of("move", server, id, "bridgeId", body.bridgeId()),
                "Moved into bridge " + body.bridgeId(), c -> c.bridges().addChannel(body.bridgeId(), id, null, null, null, null));
    }
}
