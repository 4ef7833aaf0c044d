package io.callcenter.testsupport.ari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace loader splits a recording into websocket events and request/response pairs. */
class TraceTest {

    @Test
    void loadsEventsAndPairsRequestsWithResponses() throws Exception {
        Trace trace = Trace.load("inbound-queue-answered");

        List<Trace.WsEvent> events = trace.events("callcenter");
        assertEquals(76, events.size());
        assertEquals("ChannelCreated", events.get(0).type());
        assertEquals(events.get(0).event(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                events.get(0).rawJson()));
        assertEquals(14, trace.http().size());
        Trace.HttpExchange answer = trace.http().get(0);
        assertEquals("POST", answer.method());
        assertEquals("/ari/channels/1795718266.3650/answer", answer.path());
        assertEquals(204, answer.status());
        assertNull(answer.responseBody());
    }

    @Test
    void aMissingTraceIsReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trace.load("nope"));
        assertEquals("No trace ari-traces/nope.jsonl on the test classpath", e.getMessage());
    }
}
