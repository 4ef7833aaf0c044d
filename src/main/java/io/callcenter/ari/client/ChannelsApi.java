package io.callcenter.ari.client;

import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.LiveRecording;
import io.callcenter.ari.model.Playback;
import io.callcenter.ari.model.RTPstat;
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

/** ARI {@code /channels} resource: every operation of {@code channels.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface ChannelsApi {

    /** List all active channels in Asterisk. */
    @GET
    @Path("/channels")
    List<Channel> list();

    /** Create a new channel (originate). The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/channels")
    Channel originate(@QueryParam("endpoint") String endpoint, @QueryParam("extension") String extension, @QueryParam("context") String context, @QueryParam("priority") Long priority, @QueryParam("label") String label, @QueryParam("app") String app, @QueryParam("appArgs") String appArgs, @QueryParam("callerId") String callerId, @QueryParam("timeout") Integer timeout, Map<String, Object> variables, @QueryParam("channelId") String channelId, @QueryParam("otherChannelId") String otherChannelId, @QueryParam("originator") String originator, @QueryParam("formats") String formats);

    /** Create channel. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/channels/create")
    Channel create(@QueryParam("endpoint") String endpoint, @QueryParam("app") String app, @QueryParam("appArgs") String appArgs, @QueryParam("channelId") String channelId, @QueryParam("otherChannelId") String otherChannelId, @QueryParam("originator") String originator, @QueryParam("formats") String formats, Map<String, Object> variables);

    /** Channel details. */
    @GET
    @Path("/channels/{channelId}")
    Channel get(@PathParam("channelId") String channelId);

    /** Create a new channel (originate with id). The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/channels/{channelId}")
    Channel originateWithId(@PathParam("channelId") String channelId, @QueryParam("endpoint") String endpoint, @QueryParam("extension") String extension, @QueryParam("context") String context, @QueryParam("priority") Long priority, @QueryParam("label") String label, @QueryParam("app") String app, @QueryParam("appArgs") String appArgs, @QueryParam("callerId") String callerId, @QueryParam("timeout") Integer timeout, Map<String, Object> variables, @QueryParam("otherChannelId") String otherChannelId, @QueryParam("originator") String originator, @QueryParam("formats") String formats);

    /** Delete (i.e. hangup) a channel. */
    @DELETE
    @Path("/channels/{channelId}")
    void hangup(@PathParam("channelId") String channelId, @QueryParam("reason_code") String reasonCode, @QueryParam("reason") String reason);

    /** Exit application; continue execution in the dialplan. */
    @POST
    @Path("/channels/{channelId}/continue")
    void continueInDialplan(@PathParam("channelId") String channelId, @QueryParam("context") String context, @QueryParam("extension") String extension, @QueryParam("priority") Integer priority, @QueryParam("label") String label);

    /** Move the channel from one Stasis application to another. */
    @POST
    @Path("/channels/{channelId}/move")
    void move(@PathParam("channelId") String channelId, @QueryParam("app") String app, @QueryParam("appArgs") String appArgs);

    /** Redirect the channel to a different location. */
    @POST
    @Path("/channels/{channelId}/redirect")
    void redirect(@PathParam("channelId") String channelId, @QueryParam("endpoint") String endpoint);

    /** Answer a channel. */
    @POST
    @Path("/channels/{channelId}/answer")
    void answer(@PathParam("channelId") String channelId);

    /** Indicate ringing to a channel. */
    @POST
    @Path("/channels/{channelId}/ring")
    void ring(@PathParam("channelId") String channelId);

    /** Stop ringing indication on a channel if locally generated. */
    @DELETE
    @Path("/channels/{channelId}/ring")
    void ringStop(@PathParam("channelId") String channelId);

    /** Indicate progress on a channel. */
    @POST
    @Path("/channels/{channelId}/progress")
    void progress(@PathParam("channelId") String channelId);

    /** Send provided DTMF to a given channel. */
    @POST
    @Path("/channels/{channelId}/dtmf")
    void sendDTMF(@PathParam("channelId") String channelId, @QueryParam("dtmf") String dtmf, @QueryParam("before") Integer before, @QueryParam("between") Integer between, @QueryParam("duration") Integer duration, @QueryParam("after") Integer after);

    /** Mute a channel. */
    @POST
    @Path("/channels/{channelId}/mute")
    void mute(@PathParam("channelId") String channelId, @QueryParam("direction") String direction);

    /** Unmute a channel. */
    @DELETE
    @Path("/channels/{channelId}/mute")
    void unmute(@PathParam("channelId") String channelId, @QueryParam("direction") String direction);

    /** Hold a channel. */
    @POST
    @Path("/channels/{channelId}/hold")
    void hold(@PathParam("channelId") String channelId);

    /** Remove a channel from hold. */
    @DELETE
    @Path("/channels/{channelId}/hold")
    void unhold(@PathParam("channelId") String channelId);

    /** Play music on hold to a channel. */
    @POST
    @Path("/channels/{channelId}/moh")
    void startMoh(@PathParam("channelId") String channelId, @QueryParam("mohClass") String mohClass);

    /** Stop playing music on hold to a channel. */
    @DELETE
    @Path("/channels/{channelId}/moh")
    void stopMoh(@PathParam("channelId") String channelId);

    /** Play silence to a channel. */
    @POST
    @Path("/channels/{channelId}/silence")
    void startSilence(@PathParam("channelId") String channelId);

    /** Stop playing silence to a channel. */
    @DELETE
    @Path("/channels/{channelId}/silence")
    void stopSilence(@PathParam("channelId") String channelId);

    /** Start playback of media. Multi-valued parameters (media) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/channels/{channelId}/play")
    Playback play(@PathParam("channelId") String channelId, @QueryParam("media") String media, @QueryParam("lang") String lang, @QueryParam("offsetms") Integer offsetms, @QueryParam("skipms") Integer skipms, @QueryParam("playbackId") String playbackId);

    /** Start playback of media and specify the playbackId. Multi-valued parameters (media) take one comma-separated string: ARI honours only the last repeated parameter. */
    @POST
    @Path("/channels/{channelId}/play/{playbackId}")
    Playback playWithId(@PathParam("channelId") String channelId, @PathParam("playbackId") String playbackId, @QueryParam("media") String media, @QueryParam("lang") String lang, @QueryParam("offsetms") Integer offsetms, @QueryParam("skipms") Integer skipms);

    /** Start a recording. */
    @POST
    @Path("/channels/{channelId}/record")
    LiveRecording record(@PathParam("channelId") String channelId, @QueryParam("name") String name, @QueryParam("format") String format, @QueryParam("maxDurationSeconds") Integer maxDurationSeconds, @QueryParam("maxSilenceSeconds") Integer maxSilenceSeconds, @QueryParam("ifExists") String ifExists, @QueryParam("beep") Boolean beep, @QueryParam("terminateOn") String terminateOn);

    /** Get the value of a channel variable or function. */
    @GET
    @Path("/channels/{channelId}/variable")
    Variable getChannelVar(@PathParam("channelId") String channelId, @QueryParam("variable") String variable);

    /** Set the value of a channel variable or function. */
    @POST
    @Path("/channels/{channelId}/variable")
    void setChannelVar(@PathParam("channelId") String channelId, @QueryParam("variable") String variable, @QueryParam("value") String value, @QueryParam("report_events") Boolean reportEvents);

    /** Get the value of multiple channel variables or functions. Multi-valued parameters (variables) take one comma-separated string: ARI honours only the last repeated parameter. */
    @GET
    @Path("/channels/{channelId}/variables")
    Variables getChannelVars(@PathParam("channelId") String channelId, @QueryParam("variables") String variables);

    /** Set the values of multiple channel variables or functions. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/channels/{channelId}/variables")
    void setChannelVars(@PathParam("channelId") String channelId, Map<String, Object> variables);

    /** Start snooping. */
    @POST
    @Path("/channels/{channelId}/snoop")
    Channel snoopChannel(@PathParam("channelId") String channelId, @QueryParam("spy") String spy, @QueryParam("whisper") String whisper, @QueryParam("app") String app, @QueryParam("appArgs") String appArgs, @QueryParam("snoopId") String snoopId);

    /** Start snooping. */
    @POST
    @Path("/channels/{channelId}/snoop/{snoopId}")
    Channel snoopChannelWithId(@PathParam("channelId") String channelId, @PathParam("snoopId") String snoopId, @QueryParam("spy") String spy, @QueryParam("whisper") String whisper, @QueryParam("app") String app, @QueryParam("appArgs") String appArgs);

    /** Dial a created channel. */
    @POST
    @Path("/channels/{channelId}/dial")
    void dial(@PathParam("channelId") String channelId, @QueryParam("caller") String caller, @QueryParam("timeout") Integer timeout);

    /** RTP stats on a channel. */
    @GET
    @Path("/channels/{channelId}/rtp_statistics")
    RTPstat rtpstatistics(@PathParam("channelId") String channelId);

    /** Start an External Media session. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/channels/externalMedia")
    Channel externalMedia(@QueryParam("channelId") String channelId, @QueryParam("app") String app, Map<String, Object> variables, @QueryParam("external_host") String externalHost, @QueryParam("encapsulation") String encapsulation, @QueryParam("transport") String transport, @QueryParam("connection_type") String connectionType, @QueryParam("format") String format, @QueryParam("direction") String direction, @QueryParam("data") String data, @QueryParam("transport_data") String transportData);

    /** Inform the channel about the progress of the attended/blind transfer. */
    @POST
    @Path("/channels/{channelId}/transfer_progress")
    void transfer_progress(@PathParam("channelId") String channelId, @QueryParam("states") String states);
}
