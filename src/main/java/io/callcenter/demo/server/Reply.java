package io.callcenter.demo.server;

import com.fasterxml.jackson.databind.JsonNode;

/** An HTTP answer of the ARI server: status and JSON body (null for 204). */
record Reply(int status, JsonNode body) {

    static final Reply NO_CONTENT = new Reply(204, null);

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    static Reply created(JsonNode body) {
        return new Reply(201, body);
    }
}
