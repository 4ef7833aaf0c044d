package io.callcenter.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.demo.world.WorldSettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** For every recorded Asterisk trace: replay it against the demo PBX over real HTTP/WS and compare events and REST answers. */
class TraceConformanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"rest-catalog.jsonl", "inbound-queue-answered.jsonl", "inbound-queue-answered-app-only.jsonl",
        "inbound-queue-abandoned.jsonl", "agent-no-answer.jsonl", "originate-continue-dialplan.jsonl",
        "dtmf-playback-recording.jsonl", "device-states-user-events.jsonl", "websocket-reconnect.jsonl"})
    void simulatorBehavesLikeTheRecording(String trace) {
        TraceReplay replay = new TraceReplay(trace);
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.2))) {
            replay.run(pbx);
        }
        List<String> diffs = replay.diffs();
        replay.stalls.forEach(st -> System.out.println(trace + " pacing stall " + st));
        assertTrue(diffs.isEmpty(), trace + ": " + diffs.size() + " differences\n" + String.join("\n", diffs));
    }
}
