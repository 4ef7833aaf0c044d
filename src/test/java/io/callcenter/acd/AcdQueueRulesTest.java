package io.callcenter.acd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.Target;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Business hours, the whisper to the agent and the caller priority variable, end to end against the demo PBX. */
@QuarkusTest
class AcdQueueRulesTest {

    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    AcdDriver acd;

    AcdPbx pbx;
    String queue;
    String did;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 6, new ScriptedPhones(ScriptedPhones.answerAfter(300)));
        queue = AcdDriver.unique("rules");
        did = AcdDriver.unique("did");
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void outsideBusinessHoursTheCallerGoesToTheAfterHoursTargetAndWaitsThereWithMusic() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // open all week but closed yesterday..tomorrow (UTC): closed now, even around midnight
        String closed = acd.hours(AcdDriver.unique("closed"), List.of(today.minusDays(1), today, today.plusDays(1)));
        String night = AcdDriver.unique("night");
        acd.queue(new QueueBuilder(night, AcdDriver.unique("did")));
        acd.queue(new QueueBuilder(queue, did).hours(closed, new Target(Target.Kind.QUEUE, night)));
        String dayAgent = acd.agent("1001", queue);
        String nightAgent = acd.agent("1002", night);
        acd.pause(nightAgent);

        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> bridgeOf(caller).filter(b -> b.startsWith("acd-hold-"))
                .isPresent());
        assertEquals(AgentState.READY, acd.state(dayAgent), "the closed queue's agent is never offered the call");
        acd.ready(nightAgent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(nightAgent) == AgentState.ON_CALL);
        assertEquals(AgentState.READY, acd.state(dayAgent));
        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, caller).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, caller);
        assertEquals("answered", row.get("outcome"));
        assertEquals(queue, row.get("first_queue"));
        assertEquals(night, row.get("queue"));
        assertEquals("after_hours", row.get("overflow_reason"));
        assertEquals(nightAgent, row.get("agent"));
    }

    @Test
    void outsideBusinessHoursWithAGoodbyeTargetTheCallerIsHungUp() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String closed = acd.hours(AcdDriver.unique("closed"), List.of(today.minusDays(1), today, today.plusDays(1)));
        acd.queue(new QueueBuilder(queue, did).hours(closed, Target.goodbye()));
        String agent = acd.agent("1001", queue);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, caller).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, caller);
        assertEquals("overflowed", row.get("outcome"));
        assertEquals("after_hours", row.get("overflow_reason"));
        assertEquals("system", row.get("hangup_side"));
        assertEquals(AgentState.READY, acd.state(agent));
    }

    @Test
    void insideBusinessHoursTheCallerQueuesAndIsAnswered() {
        String open = acd.hours(AcdDriver.unique("open"), List.of());
        acd.queue(new QueueBuilder(queue, did).hours(open, Target.goodbye()));
        String agent = acd.agent("1001", queue);
        acd.pause(agent);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> bridgeOf(caller).filter(b -> b.startsWith("acd-hold-"))
                .isPresent());
        acd.ready(agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, caller).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, caller);
        assertEquals("answered", row.get("outcome"));
        assertEquals(queue, row.get("queue"));
        assertNull(row.get("overflow_reason"));
    }

    @Test
    void theAgentHearsTheWhisperBeforeBeingBridgedWithTheCaller() {
        acd.queue(new QueueBuilder(queue, did).whisper("sound:agent-newcall"));
        String agent = acd.agent("1001", queue);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        await().atMost(Duration.ofSeconds(10)).until(() -> bridgeOf(caller).filter(b -> b.startsWith("acd-call-"))
                .isPresent());
        String leg = (String) awaitRow(caller, "agent_channel");
        String bridge = bridgeOf(caller).orElseThrow();
        // the events as Asterisk sent them, in arrival order (the history log of the mirror)
        List<String> seen = await().atMost(Duration.ofSeconds(10)).until(() -> events(leg, caller, bridge),
                e -> e.contains("CallerEntered") && e.contains("AgentEntered"));
        assertEquals(List.of("WhisperStarted sound:agent-newcall", "WhisperFinished"), seen.subList(0, 2),
                seen.toString());
        assertEquals(java.util.Set.of("AgentEntered", "CallerEntered"), java.util.Set.copyOf(seen.subList(2, 4)),
                seen.toString());
        assertEquals(4, seen.size(), seen.toString());
        pbx.hangup(caller);
    }

    @Test
    void aCallerWithAHigherPriorityVariableIsServedFirst() {
        acd.queue(new QueueBuilder(queue, did).priorityVariable("CC_PRIORITY"));
        String agent = acd.agent("1001", queue);
        acd.pause(agent);
        String plain = pbx.call(did);
        String vip = pbx.call(did, Map.of("CC_PRIORITY", "5"));
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && Integer.valueOf(5).equals(acd.call(pbx.asteriskId, vip).get("priority"))
                && bridgeOf(plain).filter(b -> b.startsWith("acd-hold-")).isPresent());
        assertEquals(0, acd.call(pbx.asteriskId, plain).get("priority"));
        acd.ready(agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        assertEquals(pbx.asteriskId + ":" + vip, acd.view(agent).callId(), "the later, higher-priority caller first");
        pbx.hangup(vip);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL
                && (pbx.asteriskId + ":" + plain).equals(acd.view(agent).callId()));
        pbx.hangup(plain);
    }

    private Object awaitRow(String caller, String column) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                ? acd.call(pbx.asteriskId, caller).get(column) : null, v -> v != null);
    }

    /** The whisper's playback events on the agent leg and both legs entering the call bridge, in arrival order. */
    private List<String> events(String leg, String caller, String bridge) {
        return acd.rows("select type, payload->'channel'->>'id' as channel,"
                + " payload->'playback'->>'media_uri' as media from ari_event where asterisk_id = ? and (type in"
                + " ('PlaybackStarted', 'PlaybackFinished') and payload->'playback'->>'target_uri' = ?"
                + " or type = 'ChannelEnteredBridge' and bridge_id = ?) order by sequence", pbx.asteriskId,
                "channel:" + leg, bridge).stream().map(r -> switch ((String) r.get("type")) {
                    case "PlaybackStarted" -> "WhisperStarted " + r.get("media");
                    case "PlaybackFinished" -> "WhisperFinished";
                    default -> caller.equals(r.get("channel")) ? "CallerEntered" : "AgentEntered";
                }).toList();
    }

    private Optional<String> bridgeOf(String channelId) {
        return mirror.channel(pbx.asteriskId, channelId).map(ChannelView::bridgeId);
    }
}
