package io.callcenter.demo.server;

import com.fasterxml.jackson.databind.JsonNode;

/** An HTTP answer of the ARI server: status and JSON body (null for 204), or raw bytes with their content type. */
record Reply(int status, JsonNode body, String contentType, byte[] bytes) {

    static final Reply NO_CONTENT = new Reply(204, null);

    Reply(int status, JsonNode body) {
        this(status, body, null, null);
    }

    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }

    static Reply created(JsonNode body) {
        return new Reply(201, body);
    }

    /** 200 with a file, e.g. a stored recording's audio. */
    static Reply file(String contentType, byte[] bytes) {
        return new Reply(200, null, contentType, bytes);
    }
}
