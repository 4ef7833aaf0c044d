package io.callcenter.supervise;

import static org.awaitility.Awaitility.await;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.security.TestUsers;
import io.callcenter.security.user.UserService;
import io.callcenter.testsupport.TestLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A queue with agents on a test PBX, its supervisor (with a phone of the PBX) and calls connected to agents. */
@ApplicationScoped
public class SuperviseFixture {

    @Inject
    AcdDriver acd;
    @Inject
    TestUsers users;
    @Inject
    UserService userService;
    @Inject
    LiveMirror mirror;

    /** A fresh queue taking calls on a fresh DID; returns {queue, did}. */
    public String[] queue(String prefix) {
        String queue = AcdDriver.unique(prefix);
        String did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did));
        return new String[] {queue, did};
    }

    /** A supervisor of these queues whose phone is PJSIP/ext (taken from whoever had it). */
    public TestLogin.Session supervisor(String ext, String... queues) {
        return TestLogin.as(supervisorName(ext, queues), TestUsers.PASSWORD);
    }

    public String supervisorName(String ext, String... queues) {
        String endpoint = ext == null ? null : "PJSIP/" + ext;
        if (endpoint != null) {
            userService.list().stream().filter(u -> endpoint.equalsIgnoreCase(u.endpoint()))
                    .forEach(u -> userService.setEndpoint(u.username(), null));
        }
        return users.create("sup", Set.of("supervisor"), endpoint, Set.of(queues));
    }

    /** A caller dials the DID and is connected to the agent; returns the caller's channel id. */
    public String connectedCall(AcdPbx pbx, String did, String agent) {
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        await().atMost(Duration.ofSeconds(10)).until(() -> callBridge(pbx, caller)
                .map(b -> b.channelIds().size() == 2).orElse(false));
        return caller;
    }

    public Optional<BridgeView> callBridge(AcdPbx pbx, String caller) {
        return mirror.channel(pbx.asteriskId, caller).map(ChannelView::bridgeId)
                .flatMap(b -> mirror.bridge(pbx.asteriskId, b));
    }

    public Optional<BridgeView> bridge(AcdPbx pbx, String id) {
        return mirror.bridge(pbx.asteriskId, id);
    }

    public Optional<ChannelView> channel(AcdPbx pbx, String id) {
        return mirror.channel(pbx.asteriskId, id);
    }

    /** Channels and bridges of the supervisor tools still alive on the PBX. */
    public List<String> leftovers(AcdPbx pbx) {
        return mirror.server(pbx.asteriskId).map(s -> java.util.stream.Stream.concat(
                s.channels().stream().map(ChannelView::id), s.bridges().stream().map(BridgeView::id))
                .filter(id -> id.startsWith("sup-")).toList()).orElse(List.of());
    }
}
