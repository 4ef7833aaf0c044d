package io.callcenter.ari.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every ARI error status becomes its typed exception carrying ARI's own message; bodies from the recorded traces. */
@QuarkusTest
class AriErrorMappingTest extends AriClientTestBase {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "400|BadRequest|{\"message\": \"Endpoint must be specified\"}|Endpoint must be specified",
        "401|Unauthorized|{\"message\": \"Authentication required\"}|Authentication required",
        "403|Forbidden|{\"message\": \"Read-only user\"}|Read-only user",
        "404|NotFound|{\"message\": \"Channel not found\"}|Channel not found",
        "405|MethodNotAllowed|{\"message\": \"Invalid method\"}|Invalid method",
        "409|Conflict|{\"message\": \"Channel not in Stasis application\"}|Channel not in Stasis application",
        "412|PreconditionFailed|{\"message\": \"Channel in invalid state\"}|Channel in invalid state",
        "422|Unprocessable|{\"message\": \"Channel not in this bridge\"}|Channel not in this bridge",
        "500|ServerError|{\"error\": \"Allocation failed\"}|Allocation failed",
        "503|NotBooted|{\"message\": \"Asterisk not booted\"}|Asterisk not booted",
        "502|AriException|{\"message\": \"Bad gateway\"}|Bad gateway",
    })
    void statusMapsToTypedExceptionWithAriMessage(int status, String type, String body, String message) {
        ari.otherwise(TinyAriHttpServer.Answer.json(status, body));
        AriException e = assertThrows(AriException.class, () -> client.channels().answer("c1"));
        assertEquals(type, e.getClass().getSimpleName());
        assertEquals(status, e.status());
        assertEquals(message, e.ariMessage());
        assertEquals("ARI " + status + ": " + message, e.getMessage());
    }

    @Test
    void recordedAllocationFailedUsesKeyError() {
        String body = AriTraces.lines("agent-no-answer").stream()
                .filter(l -> "http_response".equals(l.path("kind").asText()) && l.path("status").asInt() == 500)
                .findFirst().orElseThrow().get("body").toString();
        ari.otherwise(TinyAriHttpServer.Answer.json(500, body));
        AriException e = assertThrows(AriException.ServerError.class, () -> client.channels().originate("PJSIP/1003",
                null, null, null, null, "callcenter", "agent", null, 15, null, null, null, null, null));
        assertEquals("Allocation failed", e.ariMessage());
    }

    @Test
    void recordedErrorsOfTheCatalogKeepTheirMessage() {
        String body = AriTraces.response("rest-catalog", 146).get("body").toString();
        ari.otherwise(TinyAriHttpServer.Answer.json(412, body));
        assertEquals("Channel in invalid state",
                assertThrows(AriException.PreconditionFailed.class, () -> client.channels().answer("x")).ariMessage());
    }

    @Test
    void plainTextBodyBecomesTheMessage() {
        ari.otherwise(new TinyAriHttpServer.Answer(404, "text/plain", "Not Found\n", 0));
        AriException e = assertThrows(AriException.NotFound.class, () -> client.bridges().get("b1"));
        assertEquals("Not Found", e.ariMessage());
    }

    @Test
    void emptyBodyFallsBackToTheReasonPhrase() {
        ari.otherwise(new TinyAriHttpServer.Answer(503, "application/json", null, 0));
        AriException e = assertThrows(AriException.NotBooted.class, () -> client.asterisk().ping());
        assertEquals("Service Unavailable", e.ariMessage());
    }

    @Test
    void errorOnAListOperationIsTypedToo() {
        ari.otherwise(TinyAriHttpServer.Answer.json(401, "{\"message\": \"Authentication required\"}"));
        assertInstanceOf(AriException.Unauthorized.class, assertThrows(AriException.class, () -> client.channels().list()));
    }
}
