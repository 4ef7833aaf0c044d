package io.callcenter.ari.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the 11 ARI resource groups in {@code ../shared/ari/api-docs} exists on the client with the same
 * method, path, nickname, parameters (name, kind, type) and response shape, and the client has nothing the spec lacks.
 */
class SpecCoverageTest {

    static final List<String> GROUPS = List.of("applications", "asterisk", "bridges", "channels", "deviceStates",
            "endpoints", "events", "mailboxes", "playbacks", "recordings", "sounds");

    /** Operations deliberately not on the REST client, with the reason. */
    static final Map<String, String> TOLERATED = Map.of(
            "GET /events", "the events websocket, served by the connection module (WebSockets Next client), not REST");

    static final Map<String, String> MODEL_NAMES = Map.of("Module", "ModuleInfo", "binary", "Response");

    static final Map<String, Class<?>> PARAM_TYPES = Map.of("string", String.class, "int", Integer.class,
            "long", Long.class, "double", Double.class, "boolean", Boolean.class, "containers", Map.class,
            "object", JsonNode.class);

    @Test
    void clientCoversEveryOperationOfTheSpecAndNothingElse() throws IOException {
        Path specDir = Path.of(System.getProperty("user.dir")).resolve("../shared/ari/api-docs").normalize();
        if (!Files.isDirectory(specDir)) {
            Assumptions.abort("../shared/ari/api-docs not present: spec coverage not checked");
        }
        assertEquals(new TreeSet<>(GROUPS), new TreeSet<>(ClientOperations.groups()), "one locator per resource group");
        Map<String, ClientOperations.Operation> client = new HashMap<>();
        ClientOperations.all().forEach(op -> client.put(op.key(), op));
        List<String> problems = new ArrayList<>();
        Set<String> inSpec = new TreeSet<>();
        for (String group : GROUPS) {
            JsonNode spec = AriEventParser.mapper().readTree(specDir.resolve(group + ".json").toFile());
            for (JsonNode api : spec.path("apis")) {
                for (JsonNode op : api.path("operations")) {
                    String key = op.path("httpMethod").asText() + " " + api.path("path").asText();
                    inSpec.add(key);
                    if (TOLERATED.containsKey(key)) {
                        continue;
                    }
                    ClientOperations.Operation mine = client.get(key);
                    if (mine == null) {
                        problems.add("MISSING " + key + " (" + group + "." + op.path("nickname").asText() + ")");
                    } else {
                        compare(group, op, mine, problems);
                    }
                }
            }
        }
        client.keySet().stream().filter(k -> !inSpec.contains(k)).sorted()
                .forEach(k -> problems.add("NOT IN SPEC " + k + " (" + client.get(k).group() + "." + client.get(k).name() + ")"));
        TOLERATED.keySet().stream().filter(client::containsKey)
                .forEach(k -> problems.add("TOLERATED BUT PRESENT " + k + ": drop it from TOLERATED"));
        if (!problems.isEmpty()) {
            throw new AssertionError("ARI client does not match the spec (" + problems.size() + " problems; tolerated: "
                    + TOLERATED + "):\n  " + String.join("\n  ", problems));
        }
    }

    private static void compare(String group, JsonNode op, ClientOperations.Operation mine, List<String> problems) {
        String where = mine.key() + " (" + group + "." + op.path("nickname").asText() + ")";
        if (!mine.name().equals(op.path("nickname").asText())) {
            problems.add("NAME " + where + ": client method is " + mine.name());
        }
        Map<String, ClientOperations.Param> params = mine.params().stream()
                .collect(Collectors.toMap(p -> p.kind() + " " + p.name(), p -> p));
        Set<String> specParams = new TreeSet<>();
        for (JsonNode p : op.path("parameters")) {
            String key = p.path("paramType").asText() + " " + p.path("name").asText();
            specParams.add(key);
            ClientOperations.Param param = params.get(key);
            Class<?> expected = p.path("allowMultiple").asBoolean()
                    ? String.class : PARAM_TYPES.getOrDefault(p.path("dataType").asText(), String.class);
            if (param == null) {
                problems.add("MISSING PARAM " + where + ": " + key);
            } else if (param.type() != expected) {
                problems.add("PARAM TYPE " + where + ": " + key + " is " + param.type().getSimpleName()
                        + ", spec " + p.path("dataType").asText() + " needs " + expected.getSimpleName());
            }
        }
        params.keySet().stream().filter(k -> !specParams.contains(k)).sorted()
                .forEach(k -> problems.add("EXTRA PARAM " + where + ": " + k));
        String response = op.path("responseClass").asText();
        String expected = MODEL_NAMES.getOrDefault(response, response);
        for (Map.Entry<String, String> rename : MODEL_NAMES.entrySet()) {
            expected = expected.replace("[" + rename.getKey() + "]", "[" + rename.getValue() + "]");
        }
        String actual = ClientOperations.returnName(mine.returnType());
        if (!expected.equals(actual)) {
            problems.add("RESPONSE " + where + ": client returns " + actual + ", spec says " + response);
        }
    }
}
