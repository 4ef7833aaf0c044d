package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One simulated channel: its ARI-visible fields plus what the world needs to drive it. */
public final class SimChannel {

    /** How the channel came to be; decides its hangup tail (trace: inbound, originated, created and Local legs differ). */
    public enum Kind { INBOUND, ORIGINATED, CREATED, LOCAL_ONE, LOCAL_TWO, SNOOP }

    final String id;
    final String name;
    final Kind kind;
    final String endpoint;
    final Instant created;
    String state;
    String protocolId = "";
    String callerName = "";
    String callerNumber = "";
    String connectedName = "";
    String connectedNumber = "";
    String context;
    String exten;
    int priority = 1;
    String appName = "";
    String appData = "";
    final Map<String, String> vars = new HashMap<>();
    /** Stasis app the channel is in, or null. */
    String stasisApp;
    List<String> stasisArgs = List.of();
    /** App that originated or created the channel; it stays subscribed after StasisEnd (finding 7). */
    String ownerApp;
    String bridgeId;
    String partnerId;
    long timer;
    /** What to do on answer: enter this app with these args, or run the dialplan (originate without app). */
    String pendingApp;
    List<String> pendingArgs = List.of();
    String pendingContext;
    int pendingPriority = 1;
    boolean dialed;
    /** An inbound call told "ringing" (180) or answered: its trunk counts as in use. */
    boolean progressed;
    int dialplanStep;
    boolean hangingUp;
    String playbackId;
    String recordingName;

    SimChannel(String id, String name, Kind kind, String endpoint, String state, String context, String exten, Instant created) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.endpoint = endpoint;
        this.state = state;
        this.context = context;
        this.exten = exten;
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String state() {
        return state;
    }

    public String stasisApp() {
        return stasisApp;
    }

    boolean isSip() {
        return endpoint != null && endpoint.startsWith("PJSIP/");
    }

    void dialplan(String app, String data) {
        this.appName = app;
        this.appData = data;
    }

    /** The channel as ARI shows it (field order as Asterisk writes it). */
    ObjectNode json(Ev ev) {
        ObjectNode n = ev.object();
        n.put("id", id).put("name", name).put("state", state).put("protocol_id", protocolId);
        n.putObject("caller").put("name", callerName).put("number", callerNumber);
        n.putObject("connected").put("name", connectedName).put("number", connectedNumber);
        n.put("accountcode", "");
        n.putObject("dialplan").put("context", context).put("exten", exten).put("priority", priority)
                .put("app_name", appName).put("app_data", appData);
        n.put("creationtime", Ev.time(created)).put("language", "en");
        return n;
    }
}
