package io.callcenter.ari.client;

import io.callcenter.ari.model.Playback;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** ARI {@code /playbacks} resource: every operation of {@code playbacks.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface PlaybacksApi {

    /** Get a playback's details. */
    @GET
    @Path("/playbacks/{playbackId}")
    Playback get(@PathParam("playbackId") String playbackId);

    /** Stop a playback. */
    @DELETE
    @Path("/playbacks/{playbackId}")
    void stop(@PathParam("playbackId") String playbackId);

    /** Control a playback. */
    @POST
    @Path("/playbacks/{playbackId}/control")
    void control(@PathParam("playbackId") String playbackId, @QueryParam("operation") String operation);
}
