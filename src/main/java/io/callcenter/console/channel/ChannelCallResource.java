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

/**
 * Call control on one channel: hangup, answer, ring, hold, mute, music on hold, DTMF. Admins and supervisors;
 * a supervisor may act on every channel because no call carries a queue yet (see the package documentation).
 */
@Path("/api/console/servers/{server}/channels/{channelId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ChannelCallResource {

    private final ConsoleAri ari;

    ChannelCallResource(ConsoleAri ari) {
        this.ari = ari;
    }

    @POST
    @Path("/hangup")
    public ActionResult hangup(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid ChannelRequests.Hangup body) {
        String reason = body == null ? null : body.reason();
        return ari.run(ConsoleAction.of("hangup", server, id, "reason", reason),
                "Hangup requested (queued)" + (reason == null ? "" : ", reason " + reason),
                c -> c.channels().hangup(id, null, reason));
    }

    @POST
    @Path("/answer")
    public ActionResult answer(@PathParam("server") String server, @PathParam("channelId") String id) {
        return ari.run(ConsoleAction.of("answer", server, id), "Answered", c -> c.channels().answer(id));
    }

    @POST
    @Path("/ring")
    public ActionResult ring(@PathParam("server") String server, @PathParam("channelId") String id) {
        return ari.run(ConsoleAction.of("ring", server, id), "Ringing indicated", c -> c.channels().ring(id));
    }

    @POST
    @Path("/ring/stop")
    public ActionResult ringStop(@PathParam("server") String server, @PathParam("channelId") String id) {
        return ari.run(ConsoleAction.of("ring.stop", server, id), "Ringing stopped", c -> c.channels().ringStop(id));
    }

    @POST
    @Path("/hold")
    public ActionResult hold(@PathParam("server") String server, @PathParam("channelId") String id) {
        return ari.run(ConsoleAction.of("hold", server, id), "Put on hold", c -> c.channels().hold(id));
    }

    @POST
    @Path("/unhold")
    public ActionResult unhold(@PathParam("server") String server, @PathParam("channelId") String id) {
        return ari.run(ConsoleAction.of("unhold", server, id), "Taken off hold", c -> c.channels().unhold(id));
    }

    @POST
    @Path("/mute")
    public ActionResult mute(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid ChannelRequests.Mute body) {
        String direction = body == null ? "both" : body.directionOrBoth();
        return ari.run(ConsoleAction.of("mute", server, id, "direction", direction), "Muted (" + direction + ")",
                c -> c.channels().mute(id, direction));
    }

    @POST
    @Path("/unmute")
    public ActionResult unmute(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid ChannelRequests.Mute body) {
        String direction = body == null ? "both" : body.directionOrBoth();
        return ari.run(ConsoleAction.of("unmute", server, id, "direction", direction), "Unmuted (" + direction + ")",
                c -> c.channels().unmute(id, direction));
    }

    @POST
    @Path("/moh")
    public ActionResult moh(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid ChannelRequests.Moh body) {
        String mohClass = body == null ? null : body.mohClass();
        return ari.run(ConsoleAction.of("moh", server, id, "mohClass", mohClass),
                "Music on hold started (" + (mohClass == null ? "default" : mohClass) + ")",
                c -> c.channels().startMoh(id, mohClass));
    }

    @POST
    @Path("/moh/stop")
    public ActionResult mohStop(@PathParam("server") String server, @PathParam("channelId") String id) {
        return ari.run(ConsoleAction.of("moh.stop", server, id), "Music on hold stopped", c -> c.channels().stopMoh(id));
    }

    @POST
    @Path("/dtmf")
    public ActionResult dtmf(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid @NotNull ChannelRequests.Dtmf body) {
        return ari.run(ConsoleAction.of("dtmf", server, id, "dtmf", body.dtmf()), "DTMF " + body.dtmf() + " sent",
                c -> c.channels().sendDTMF(id, body.dtmf(), null, null, null, null));
    }
}
