package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.demo.world.WorldSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The demo PBX's mailboxes (res_mwi_external) and stored recording files, shaped like Asterisk 22's answers. */
class DemoMailboxesAndRecordingFilesTest {

    @Test
    void mailboxesAreListedUpdatedAndDeletedLikeAsterisk() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient c = pbx.client();
            assertEquals(3, c.call("GET", "/ari/mailboxes").body().size(), "the first three agents have mailboxes");
            assertEquals(1, c.call("GET", "/ari/mailboxes/1001@default").body().path("new_messages").asInt());
            assertEquals(204, c.call("PUT", "/ari/mailboxes/2000@sales?oldMessages=4&newMessages=1").status());
            assertEquals(4, c.call("GET", "/ari/mailboxes/2000@sales").body().path("old_messages").asInt());
            assertEquals(400, c.call("PUT", "/ari/mailboxes/2000@sales?oldMessages=4").status());
            assertEquals(204, c.call("DELETE", "/ari/mailboxes/2000@sales").status());
            AriTestClient.Response gone = c.call("GET", "/ari/mailboxes/2000@sales");
            assertEquals(404, gone.status());
            assertEquals("Mailbox does not exist", gone.body().path("message").asText());
            assertEquals(404, c.call("DELETE", "/ari/mailboxes/2000@sales").status());
        }
    }

    @Test
    void aStoppedRecordingServesASynthesizedWavWithAsterisksContentType() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient c = pbx.client();
            AriTestClient.Events ev = c.events("callcenter", true);
            await().until(() -> pbx.world.registry().apps().get("callcenter").connected());
            String caller = pbx.world.stimuli().callerArrives("callcenter", "5000", "Caller", "5551234", null);
            await().until(() -> ev.frames.stream().anyMatch(f -> "StasisStart".equals(f.path("type").asText())));
            assertEquals(204, c.call("POST", "/ari/channels/" + caller + "/answer").status());
            assertEquals(201, c.call("POST", "/ari/channels/" + caller + "/record?name=file-1&format=wav").status());
            assertEquals(204, c.call("POST", "/ari/recordings/live/file-1/stop").status());

            HttpResponse<byte[]> file = c.bytes("/ari/recordings/stored/file-1/file");
            assertEquals(200, file.statusCode());
            assertEquals("audio/wav", file.headers().firstValue("content-type").orElse(""));
            assertArrayEquals("RIFF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(file.body(), 4));
            assertEquals("WAVE", new String(file.body(), 8, 4, StandardCharsets.US_ASCII));
            assertEquals(8000 * 2 + 44, file.body().length, "a stop at once still leaves one second of 8 kHz 16-bit audio");

            assertEquals(404, c.bytes("/ari/recordings/stored/nope/file").statusCode());
            assertEquals(201, c.call("POST", "/ari/channels/" + caller + "/record?name=file-2&format=gsm").status());
            assertEquals(204, c.call("POST", "/ari/recordings/live/file-2/stop").status());
            assertEquals(500, c.call("GET", "/ari/recordings/stored/file-2/file").status(), "only WAV is synthesized");
        }
    }
}
