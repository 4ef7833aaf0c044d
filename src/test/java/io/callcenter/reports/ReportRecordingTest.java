package io.callcenter.reports;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.rollup.ReportProjection;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call recorded from the agent desk on the demo PBX, then transferred with a disposition: its record says so, its
 * detail links the recording, and that link serves the audio
 * to the queue's supervisor and to admins only (problem JSON for everyone else, and when it cannot be fetched).
 */
@QuarkusTest
class ReportRecordingTest {

    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    AcdDriver acd;
    @Inject
    ReportProjection projection;
    @Inject
    CallSearch search;
    @Inject
    TestUsers users;

    RecordedCall call;

    @BeforeEach
    void record() {
        call = new RecordedCall(connections, mirror, acd, projection, search);
    }

    @AfterEach
    void tearDown() {
        call.close();
    }

    @Test
    void theQueuesSupervisorAndAdminsHearTheRecordingOthersAreRefused() {
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        TestLogin.Session supervisor = TestLogin.as(users.supervisor(call.queue), TestUsers.PASSWORD);
        admin.api().get("/api/reports/calls/" + call.pbx.asteriskId + "/" + call.callId).then().statusCode(200)
                .body("call.recording", equalTo(call.recording)).body("recordingUrl", equalTo(call.url()))
                .body("call.outcome", equalTo("transferred"))
                .body("call.transferredTo", equalTo("blind:number:" + RecordedCall.TRANSFER_NUMBER))
                .body("call.disposition", equalTo(RecordedCall.DISPOSITION)).body("call.agent", equalTo(call.agent))
                .body("timeline.kind", hasItems("record_start", "record_stop", "transfer", "StasisStart"));

        for (TestLogin.Session allowed : new TestLogin.Session[] {admin, supervisor}) {
            byte[] audio = allowed.withoutCsrf().urlEncodingEnabled(false).get(call.url()).then().statusCode(200)
                    .contentType(startsWith("audio/")).header("Content-Disposition", startsWith("inline"))
                    .extract().asByteArray();
            assertTrue(audio.length > 44, "a WAV header and samples: " + audio.length + " bytes");
            assertEquals("RIFF", new String(Arrays.copyOf(audio, 4), StandardCharsets.US_ASCII));
        }
        supervisor.withoutCsrf().urlEncodingEnabled(false).get(call.url() + "?download=true").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));

        TestLogin.Session otherSupervisor = TestLogin.as(users.supervisor("other-" + call.queue), TestUsers.PASSWORD);
        TestLogin.Session agent = TestLogin.as(call.agent, TestUsers.PASSWORD);
        for (TestLogin.Session refused : new TestLogin.Session[] {otherSupervisor, agent}) {
            refused.withoutCsrf().urlEncodingEnabled(false).get(call.url()).then().statusCode(403)
                    .contentType(containsString("application/problem+json"))
                    .body("type", equalTo("urn:callcenter:problem:forbidden"));
        }
        admin.withoutCsrf().get("/api/reports/calls/" + call.pbx.asteriskId + "/no-such-call/recording").then()
                .statusCode(404).body("type", equalTo("urn:callcenter:problem:unknown-call"));
    }

    @Test
    void aRecordingOnADisconnectedAsteriskHasNoLinkAndItsRouteSaysWhy() {
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        call.pbx.disconnect();
        await().atMost(Duration.ofSeconds(10)).until(() -> connections.status().stream()
                .noneMatch(s -> call.pbx.asteriskId.equals(s.asteriskId())));
        admin.api().get("/api/reports/calls/" + call.pbx.asteriskId + "/" + call.callId).then().statusCode(200)
                .body("call.recording", equalTo(call.recording)).body("recordingUrl", nullValue());
        admin.withoutCsrf().urlEncodingEnabled(false).get(call.url()).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:callcenter:problem:asterisk-not-connected"))
                .body("detail", containsString(call.recording));
    }
}
