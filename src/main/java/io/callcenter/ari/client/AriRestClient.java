package io.callcenter.ari.client;

import jakarta.ws.rs.Path;

/**
 * Root of one Asterisk's ARI REST API: each resource group is a sub-resource, so all of them share one
 * HTTP client and thus one bounded keep-alive connection pool per server.
 */
@Path("/ari")
public interface AriRestClient extends AutoCloseable {

    /** Closes the connection pool; the client is unusable afterwards. */
    @Override
    void close();

    /** {@code /applications}. */
    @Path("")
    ApplicationsApi applications();

    /** {@code /asterisk}. */
    @Path("")
    AsteriskApi asterisk();

    /** {@code /bridges}. */
    @Path("")
    BridgesApi bridges();

    /** {@code /channels}. */
    @Path("")
    ChannelsApi channels();

    /** {@code /deviceStates}. */
    @Path("")
    DeviceStatesApi deviceStates();

    /** {@code /endpoints}. */
    @Path("")
    EndpointsApi endpoints();

    /** {@code /events}. */
    @Path("")
    EventsApi events();

    /** {@code /mailboxes}. */
    @Path("")
    MailboxesApi mailboxes();

    /** {@code /playbacks}. */
    @Path("")
    PlaybacksApi playbacks();

    /** {@code /recordings}. */
    @Path("")
    RecordingsApi recordings();

    /** {@code /sounds}. */
    @Path("")
    SoundsApi sounds();
}
