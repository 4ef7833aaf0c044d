package io.callcenter.reports;

import static org.awaitility.Awaitility.await;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.reports.cdr.CallDetail;
import io.callcenter.reports.cdr.CallRecord;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.rollup.ReportProjection;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A call recorded on a demo PBX of its own: a caller reaches an agent of a fresh queue, the agent starts and stops
 * the recording from the desk, transfers the caller to a number, gives a disposition and ends the wrap-up, the caller
 * hangs up; ready once the call's CDR names the stored recording and the disposition.
 */
final class RecordedCall implements AutoCloseable {

    static final String TRANSFER_NUMBER = "5551234";
    static final String DISPOSITION = "sale";

    final AcdPbx pbx;
    final String queue = AcdDriver.unique("rec");
    final String agent;
    final String callId;
    final String recording;

    RecordedCall(AriConnections connections, LiveMirror mirror, AcdDriver acd, ReportProjection projection,
            CallSearch search) {
        pbx = new AcdPbx(connections, 2, new ScriptedPhones(ScriptedPhones.answerAfter(200)));
        String did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did).wrapUp(Duration.ofSeconds(60)));
        agent = acd.agent("1001", queue);
        TestLogin.Session desk = TestLogin.as(agent, TestUsers.PASSWORD);
        callId = pbx.call(did);
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        await().atMost(Duration.ofSeconds(10)).until(() -> mirror.channel(pbx.asteriskId, callId)
                .map(ChannelView::bridgeId).flatMap(b -> mirror.bridge(pbx.asteriskId, b))
                .filter(b -> b.channelIds().size() == 2).isPresent());
        recording = desk.api().post("/api/desk/calls/" + callId + "/recording/start").then().statusCode(200)
                .extract().path("recording.name");
        desk.api().post("/api/desk/calls/" + callId + "/recording/stop").then().statusCode(200);
        desk.api().body(Map.of("to", "number", "target", TRANSFER_NUMBER))
                .post("/api/desk/calls/" + callId + "/transfer").then().statusCode(200);
        desk.api().body(Map.of("code", DISPOSITION)).post("/api/desk/calls/" + callId + "/disposition").then()
                .statusCode(200);
        desk.api().post("/api/acd/agents/" + agent + "/end-wrap-up").then().statusCode(200);
        pbx.hangup(callId);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            projection.catchUp();
            Optional<CallRecord> cdr = search.detail(pbx.asteriskId, callId).map(CallDetail::record);
            return cdr.flatMap(CallRecord::endedAt).isPresent() && cdr.flatMap(CallRecord::recording).isPresent()
                    && cdr.flatMap(CallRecord::disposition).isPresent();
        });
    }

    /** Where the call's detail says its recording plays (path segments encoded: send it with URL encoding off). */
    String url() {
        return "/api/reports/calls/" + URLEncoder.encode(pbx.asteriskId, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(callId, StandardCharsets.UTF_8) + "/recording";
    }

    @Override
    public void close() {
        pbx.close();
    }
}
