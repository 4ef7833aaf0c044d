package io.callcenter.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The system panel: info, modules, global variables, sounds, stored recordings (audio, download, delete), mailboxes. */
@QuarkusTest
@TestProfile(ConsoleDemo.class)
class ConsoleSystemPanelTest extends ConsoleTestBase {


    TestLogin.Session supervisor;

    @BeforeEach
    void loginSupervisor() {
        calls.ari();
        supervisor = supervisor();
    }

    @Test
    void infoModulesSoundsAndMailboxesAreReadableBySupervisors() {
        supervisor.api().get(SYSTEM + "/info").then().statusCode(200).body("system.version", equalTo("22.10.1"));
        supervisor.api().get(SYSTEM + "/modules").then().statusCode(200).body("name", hasItem("res_ari.so"));
        supervisor.api().get(SYSTEM + "/sounds").then().statusCode(200).body("size()", greaterThan(0));
        supervisor.api().get(SYSTEM + "/mailboxes").then().statusCode(200).body("name", hasItem("1001@default"))
                .body("find { it.name == '1001@default' }.new_messages", equalTo(1));
    }

    @Test
    void onlyAdminsSetGlobalVariablesWhichEveryoneInTheConsoleReads() {
        String name = "CONSOLE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        admin.api().body(Map.of("value", "night")).put(SYSTEM + "/variables/" + name).then().statusCode(200)
                .body("action", equalTo("variable.set")).body("target", equalTo("demo/" + name));
        supervisor.api().get(SYSTEM + "/variables/" + name).then().statusCode(200).body("value", equalTo("night"));
        supervisor.api().body(Map.of("value", "day")).put(SYSTEM + "/variables/" + name).then().statusCode(403);
        admin.api().body(Map.of()).put(SYSTEM + "/variables/" + name).then().statusCode(400).body("detail", containsString("value"));
        assertEquals("console.variable.set", calls.audit("demo/" + name).get(0).get("action"));
    }

    @Test
    void aStoredRecordingIsPlayedDownloadedAndDeleted() {
        DemoCalls.EchoCall call = calls.echoCall();
        String name = "panel-" + UUID.randomUUID();
        String channel = CHANNELS + call.id();
        admin.api().body(Map.of("name", name)).post(channel + "/record").then().statusCode(201);
        admin.api().body(Map.of("name", name)).post(channel + "/record/stop").then().statusCode(200);
        admin.api().get(SYSTEM + "/recordings").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.format", equalTo("wav"));
        // by name, whatever queue its call was in: admins only (supervisors go through a call's detail in Reports)
        supervisor.api().get(SYSTEM + "/recordings").then().statusCode(403).contentType("application/problem+json");
        supervisor.withoutCsrf().get(SYSTEM + "/recordings/" + name + "/file").then().statusCode(403);

        byte[] audio = admin.withoutCsrf().get(SYSTEM + "/recordings/" + name + "/file").then().statusCode(200)
                .contentType("audio/wav").header("Content-Disposition", containsString("inline"))
                .extract().asByteArray();
        assertEquals("RIFF", new String(audio, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("WAVE", new String(audio, 8, 4, StandardCharsets.US_ASCII));
        admin.withoutCsrf().get(SYSTEM + "/recordings/" + name + "/file?download=true").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"" + name + ".wav\""));
        assertEquals(1, calls.audit("demo/" + name).stream().filter(r -> "console.recording.download".equals(r.get("action")))
                .count());

        supervisor.api().delete(SYSTEM + "/recordings/" + name).then().statusCode(403);
        admin.api().delete(SYSTEM + "/recordings/" + name).then().statusCode(200).body("message", equalTo("Recording " + name + " deleted"));
        admin.api().get(SYSTEM + "/recordings").then().body("name", not(hasItem(name)));
        admin.withoutCsrf().get(SYSTEM + "/recordings/" + name + "/file").then().statusCode(404)
                .contentType("application/problem+json").body("ariMessage", equalTo("Recording not found"));
        admin.api().delete(SYSTEM + "/recordings/" + name).then().statusCode(404);
        hangUp(call.id());
    }
}
