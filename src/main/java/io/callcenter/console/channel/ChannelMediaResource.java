package io.callcenter.console.channel;

import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.LiveRecording;
import io.callcenter.ari.model.Playback;
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
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Media on one channel: play a sound, record start/stop, snoop (spy/whisper). Admins and supervisors. */
@Path("/api/console/servers/{server}/channels/{channelId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ChannelMediaResource {

    private final ConsoleAri ari;

    ChannelMediaResource(ConsoleAri ari) {
        this.ari = ari;
    }

    /** 201 with ARI's Playback; a missing sound still answers 201 and then fails by event (trace finding 10). */
    @POST
    @Path("/play")
    public Response play(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid @NotNull ChannelRequests.Play body) {
        String playbackId = UUID.randomUUID().toString();
        Playback playback = ari.perform(ConsoleAction.of("play", server, id, "media", body.media(), "playbackId", playbackId),
                c -> c.channels().play(id, body.media(), null, null, null, playbackId));
        return Response.status(Response.Status.CREATED).entity(playback).build();
    }

    @POST
    @Path("/record")
    public Response record(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid @NotNull ChannelRequests.Record body) {
        LiveRecording recording = ari.perform(ConsoleAction.of("record", server, id, "name", body.name(),
                "format", body.formatOrWav()), c -> c.channels().record(id, body.name(), body.formatOrWav(),
                null, null, "fail", null, null));
        return Response.status(Response.Status.CREATED).entity(recording).build();
    }

    /** Stops (and stores) the live recording named in the body; ARI does not check it belongs to this channel. */
    @POST
    @Path("/record/stop")
    public ActionResult recordStop(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid @NotNull ChannelRequests.Record body) {
        return ari.run(ConsoleAction.of("record.stop", server, id, "name", body.name()),
                "Recording " + body.name() + " stopped and stored", c -> c.recordings().stop(body.name()));
    }

    /** A snoop channel into our own Stasis app; 201 with the new channel. */
    @POST
    @Path("/snoop")
    public Response snoop(@PathParam("server") String server, @PathParam("channelId") String id,
            @Valid ChannelRequests.Snoop body) {
        String spy = body == null || body.spy() == null ? "none" : body.spy();
        String whisper = body == null || body.whisper() == null ? "none" : body.whisper();
        String app = ari.app(server);
        String snoopId = UUID.randomUUID().toString();
        Channel snoop = ari.perform(ConsoleAction.of("snoop", server, id, "spy", spy, "whisper", whisper, "snoopId", snoopId),
                c -> c.channels().snoopChannel(id, spy, whisper, app, "snoop", snoopId));
        return Response.status(Response.Status.CREATED).entity(snoop).build();
    }
}
