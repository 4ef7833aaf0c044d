package io.callcenter.reports.web;

import io.callcenter.ari.connection.AriConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the browser plays a call's recording: the console's stored-recordings endpoint
 * ({@code /api/console/servers/{server}/system/recordings/{name}/file}, supervisors and admins, audited), reached
 * through the server currently connected to the call's Asterisk. No link when that Asterisk is not connected.
 */
@ApplicationScoped
public class RecordingLinks {

    @Inject
    AriConnections connections;

    public Optional<String> of(String asteriskId, String recording) {
        if (recording == null || recording.isBlank()) {
            return Optional.empty();
        }
        return connections.status().stream().filter(s -> asteriskId.equals(s.asteriskId())).findFirst()
                .map(s -> "/api/console/servers/" + encode(s.server()) + "/system/recordings/" + encode(recording)
                        + "/file");
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
