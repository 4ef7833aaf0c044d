package io.callcenter.reports.web;

import io.callcenter.ari.connection.AriConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the browser plays a call's recording: the call's own route
 * ({@code /api/reports/calls/{asteriskId}/{callId}/recording}, which checks the call's queues like its detail),
 * fetched through the server currently connected to the call's Asterisk. No link when that Asterisk is not connected.
 */
@ApplicationScoped
public class RecordingLinks {

    @Inject
    AriConnections connections;

    public Optional<String> of(String asteriskId, String callId, String recording) {
        if (recording == null || recording.isBlank()) {
            return Optional.empty();
        }
        return server(asteriskId).map(s -> "/api/reports/calls/" + encode(asteriskId) + "/" + encode(callId)
                + "/recording");
    }

    /** The name of the connected server whose Asterisk has this id. */
    public Optional<String> server(String asteriskId) {
        return connections.status().stream().filter(s -> asteriskId.equals(s.asteriskId())).findFirst()
                .map(AriConnections.ServerStatus::server);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
