package io.callcenter.desk;

import static org.awaitility.Awaitility.await;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One desk test's world: a demo PBX with scripted phones, a queue, agents logged in to it with their browser
 * sessions, and helpers to put a caller through to an agent and to press the desk's buttons.
 */
final class DeskFixture implements AutoCloseable {

    final AcdDriver acd;
    final LiveMirror mirror;
    final AcdPbx pbx;
    final String queue = AcdDriver.unique("desk");
    final String did = AcdDriver.unique("did");

    DeskFixture(AriConnections connections, LiveMirror mirror, AcdDriver acd) {
        this.acd = acd;
        this.mirror = mirror;
        this.pbx = new AcdPbx(connections, 6, new ScriptedPhones(ScriptedPhones.answerAfter(200)));
        acd.queue(new QueueBuilder(queue, did).wrapUp(Duration.ofSeconds(60)));
    }

    /** A READY agent on phone {@code ext} and its logged-in browser session. */
    Agent agent(String ext) {
        return agent(ext, queue);
    }

    Agent agent(String ext, String inQueue) {
        String username = acd.agent(ext, inQueue);
        return new Agent(username, TestLogin.as(username, TestUsers.PASSWORD));
    }

    /** A caller dials the queue and is talking to {@code agent}: returns the caller's channel id. */
    String connect(Agent agent) {
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(agent.name) == AgentState.ON_CALL);
        await().atMost(Duration.ofSeconds(10)).until(() -> bridgeOf(caller).filter(b -> b.startsWith("acd-call-"))
                .flatMap(b -> mirror.bridge(pbx.asteriskId, b)).filter(b -> b.channelIds().size() == 2).isPresent());
        return caller;
    }

    Optional<String> bridgeOf(String channelId) {
        return mirror.channel(pbx.asteriskId, channelId).map(ChannelView::bridgeId);
    }

    /** The call's record and steps once every queued write is in the database. */
    Map<String, Object> row(String caller) {
        await().atMost(Duration.ofSeconds(10)).until(acd::written);
        return acd.call(pbx.asteriskId, caller);
    }

    List<String> steps(String caller) {
        await().atMost(Duration.ofSeconds(10)).until(acd::written);
        return acd.steps(pbx.asteriskId, caller).stream().map(r -> (String) r.get("kind")).toList();
    }

    List<Map<String, Object>> stepRows(String caller, String kind) {
        await().atMost(Duration.ofSeconds(10)).until(acd::written);
        return acd.steps(pbx.asteriskId, caller).stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    @Override
    public void close() {
        pbx.close();
    }

    /** An agent and its browser. */
    record Agent(String name, TestLogin.Session session) {

        ValidatableResponse press(String callId, String control) {
            return session.api().post("/api/desk/calls/" + callId + "/" + control).then();
        }

        ValidatableResponse press(String callId, String control, Object body) {
            return session.api().body(body).post("/api/desk/calls/" + callId + "/" + control).then();
        }
    }
}
