package io.callcenter.ari.client;

import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.LiveRecording;
import io.callcenter.ari.model.Playback;
import io.callcenter.ari.model.Variable;
import io.callcenter.ari.model.Variables;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/** ARI {@code /bridges} resource: every operation of {@code bridges.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface BridgesApi {

    /** List all active bridges in Asterisk. */
    @GET
    @Path("/bridges")
    List<Bridge> list();

    /** Create a new bridge. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/bridges")
    Bridge create(@QueryParam("type") String type, @QueryParam("bridgeId") String bridgeId, @QueryParam("name") String name, Map<String, Object> variables);

    /** Create a new bridge. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/bridges/{bridgeId}")
    Bridge createWithId(@QueryParam("type") String type, @PathParam("bridgeId") String bridgeId, @QueryParam("name") String name, Map<String, Object> variables);

    /** Get bridge details. */
    @GET
    @Path("/bridges/{bridgeId}")
    Bridge get(@PathParam("bridgeId") String bridgeId);

    /** Shut down a bridge. */
    @DELETE
    @Path("/bridges/{bridgeId}")
    void destroy(@PathParam("bridgeId") String bridgeId);

    /** Get the value of a bridge variable or function. */
    @GET
    @Path("/bridges/{bridgeId}/variable")
    Variable getBridgeVar(@PathParam("bridgeId") String bridgeId, @QueryParam("variable") String variable);

    /** Set the value of a bridge variable or function. */
    @POST
    @Path("/bridges/{bridgeId}/variable")
    void setBridgeVar(@PathParam("bridgeId") String bridgeId, @QueryParam("variable") String variable, @QueryParam("value") String value, @QueryParam("report_events") Boolean reportEvents);

    /** Get the value of multiple bridge variables or functions. Multi-valued parameters (variables) take one comma-separated string: ARI honours only the last repeated parameter. */
    @GET
    @Path("/bridges/{bridgeId}/variables")
    Variables getBridgeVars(@PathParam("bridgeId") String bridgeId, @QueryParam("variables") String variables);

    /** Set the values of multiple bridge variables or functions. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/bridges/{bridgeId}/variables")
    void setBridgeVars(@PathParam("bridgeId") String bridgeId, Map<String, Object> variables);

    /** Add a channel to a bridge. Multi-valued parameters (channel) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/bridges/{bridgeId}/addChannel")
    void addChannel(@PathParam("bridgeId") String bridgeId, @QueryParam("channel") String channel, @QueryParam("role") String role, @QueryParam("absorbDTMF") Boolean absorbDTMF, @QueryParam("mute") Boolean mute, @QueryParam("inhibitConnectedLineUpdates") Boolean inhibitConnectedLineUpdates);

    /** Remove a channel from a bridge. Multi-valued parameters (channel) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/bridges/{bridgeId}/removeChannel")
    void removeChannel(@PathParam("bridgeId") String bridgeId, @QueryParam("channel") String channel);

    /** Set a channel as the video source in a multi-party mixing bridge. This operation has no effect on bridges with two or fewer participants. */
    @POST
    @Path("/bridges/{bridgeId}/videoSource/{channelId}")
    void setVideoSource(@PathParam("bridgeId") String bridgeId, @PathParam("channelId") String channelId);

    /** Removes any explicit video source in a multi-party mixing bridge. This operation has no effect on bridges with two or fewer participants. When no explicit video source is set, talk detection will be used to determine the active video stream. */
    @DELETE
    @Path("/bridges/{bridgeId}/videoSource")
    void clearVideoSource(@PathParam("bridgeId") String bridgeId);

    /** Play music on hold to a bridge or change the MOH class that is playing. */
    @POST
    @Path("/bridges/{bridgeId}/moh")
    void startMoh(@PathParam("bridgeId") String bridgeId, @QueryParam("mohClass") String mohClass);

    /** Stop playing music on hold to a bridge. */
    @DELETE
    @Path("/bridges/{bridgeId}/moh")
    void stopMoh(@PathParam("bridgeId") String bridgeId);

    /** Start playback of media on a bridge. Multi-valued parameters (media) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/bridges/{bridgeId}/play")
    Playback play(@PathParam("bridgeId") String bridgeId, @QueryParam("media") String media, @QueryParam("announcer_format") String announcerFormat, @QueryParam("lang") String lang, @QueryParam("offsetms") Integer offsetms, @QueryParam("skipms") Integer skipms, @QueryParam("playbackId") String playbackId);

    /** Start playback of media on a bridge. Multi-valued parameters (media) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/bridges/{bridgeId}/play/{playbackId}")
    Playback playWithId(@PathParam("bridgeId") String bridgeId, @PathParam("playbackId") String playbackId, @QueryParam("media") String media, @QueryParam("announcer_format") String announcerFormat, @QueryParam("lang") String lang, @QueryParam("offsetms") Integer offsetms, @QueryParam("skipms") Integer skipms);

    /** Start a recording. */
    @POST
    @Path("/bridges/{bridgeId}/record")
    LiveRecording record(@PathParam("bridgeId") String bridgeId, @QueryParam("name") String name, @QueryParam("format") String format, @QueryParam("recorder_format") String recorderFormat, @QueryParam("maxDurationSeconds") Integer maxDurationSeconds, @QueryParam("maxSilenceSeconds") Integer maxSilenceSeconds, @QueryParam("ifExists") String ifExists, @QueryParam("beep") Boolean beep, @QueryParam("terminateOn") String terminateOn);
}
