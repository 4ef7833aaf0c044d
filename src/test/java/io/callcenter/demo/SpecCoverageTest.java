package io.callcenter.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.demo.world.WorldSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the ARI spec ({@code ../shared/ari/api-docs}) gets an Asterisk-like answer from the demo PBX: never
 * 405 (the path/method exists), never a body without {@code message}/{@code error} on errors, never a hang. Skipped when
 * the shared spec is not next to the checkout.
 */
class SpecCoverageTest {

    @Test
    void everySpecOperationIsAnsweredLikeAsterisk() throws IOException {
        Path docs = Stream.of("../shared/ari/api-docs", "../../shared/ari/api-docs").map(Path::of).filter(Files::isDirectory)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(docs != null, "../shared/ari/api-docs not present: spec coverage skipped");
        List<String> problems = new ArrayList<>();
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05)); Stream<Path> files = Files.list(docs)) {
            AriTestClient client = pbx.client();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode spec = AriEventParser.mapper().readTree(file.toFile());
                for (JsonNode api : spec.path("apis")) {
                    String path = api.path("path").asText();
                    for (JsonNode op : api.path("operations")) {
                        String method = op.path("httpMethod").asText();
                        if (path.equals("/events") && method.equals("GET")) {
                            continue; // the websocket, exercised by every other test
                        }
                        AriTestClient.Response r = client.call(method, "/ari" + path.replaceAll("\\{[^}]+}", "nope"));
                        boolean errorBodyOk = r.status() < 400 || (r.body() != null && (r.body().has("message") || r.body().has("error")));
                        if (r.status() == 405 || !errorBodyOk) {
                            problems.add(method + " " + path + " -> " + r.status() + " " + r.body());
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
