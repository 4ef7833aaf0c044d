package io.callcenter.ari.client;

/**
 * One Asterisk server's ARI REST client with each resource group built once, for every caller of that server.
 * <p>
 * Why: each call of a locator of {@link AriRestClient} ({@code channels()}, ...) builds a new group client whose
 * constructor resolves and encodes the path template of every operation of its group (ChannelsApi: ~40), which was
 * ~60 % of the ACD's ARI threads' CPU in the ingest benchmark. A group client keeps only immutable web targets
 * and builds a new request per call, so one instance serves all threads. Deliberately not a JAX-RS type (no
 * {@code @Path}, does not implement {@link AriRestClient}): Quarkus REST's server would take it for a second
 * {@code /ari} resource.
 */
public final class AriApi implements AutoCloseable {

    private final AriRestClient client;
    private final ApplicationsApi applications;
    private final AsteriskApi asterisk;
    private final BridgesApi bridges;
    private final ChannelsApi channels;
    private final DeviceStatesApi deviceStates;
    private final EndpointsApi endpoints;
    private final EventsApi events;
    private final MailboxesApi mailboxes;
    private final PlaybacksApi playbacks;
    private final RecordingsApi recordings;
    private final SoundsApi sounds;

    AriApi(AriRestClient client) {
        this.client = client;
        this.applications = client.applications();
        this.asterisk = client.asterisk();
        this.bridges = client.bridges();
        this.channels = client.channels();
        this.deviceStates = client.deviceStates();
        this.endpoints = client.endpoints();
        this.events = client.events();
        this.mailboxes = client.mailboxes();
        this.playbacks = client.playbacks();
        this.recordings = client.recordings();
        this.sounds = client.sounds();
    }

    /** Closes the connection pool; the groups are unusable afterwards. */
    @Override
    public void close() {
        client.close();
    }

    /** {@code /applications}. */
    public ApplicationsApi applications() {
        return applications;
    }

    /** {@code /asterisk}. */
    public AsteriskApi asterisk() {
        return asterisk;
    }

    /** {@code /bridges}. */
    public BridgesApi bridges() {
        return bridges;
    }

    /** {@code /channels}. */
    public ChannelsApi channels() {
        return channels;
    }

    /** {@code /deviceStates}. */
    public DeviceStatesApi deviceStates() {
        return deviceStates;
    }

    /** {@code /endpoints}. */
    public EndpointsApi endpoints() {
        return endpoints;
    }

    /** {@code /events}. */
    public EventsApi events() {
        return events;
    }

    /** {@code /mailboxes}. */
    public MailboxesApi mailboxes() {
        return mailboxes;
    }

    /** {@code /playbacks}. */
    public PlaybacksApi playbacks() {
        return playbacks;
    }

    /** {@code /recordings}. */
    public RecordingsApi recordings() {
        return recordings;
    }

    /** {@code /sounds}. */
    public SoundsApi sounds() {
        return sounds;
    }
}
