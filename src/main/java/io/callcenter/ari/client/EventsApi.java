package io.callcenter.ari.client;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** ARI {@code /events} resource: every operation of {@code events.json}. Generated from the ARI spec; reached through {@link AriRestClient}. */
public interface EventsApi {

    /** Generate a user event. Multi-valued parameters (source) take one comma-separated string: ARI honours only the last repeated parameter. The body is the JSON object {"variables": {...}}. */
    @POST
    @Path("/events/user/{eventName}")
    void userEvent(@PathParam("eventName") String eventName, @QueryParam("application") String application, @QueryParam("source") String source, Map<String, Object> variables);

    /** Claim a broadcast channel for this application. */
    @POST
    @Path("/events/claim")
    void claimChannel(@QueryParam("channelId") String channelId, @QueryParam("application") String application);
}
