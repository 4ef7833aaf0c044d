package io.callcenter.supervise.broadcast;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.live.wire.Delta;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.supervise.SuperviseAccess;
import io.callcenter.supervise.SuperviseConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checks and sends a broadcast: short text, existing queues the sender supervises; audited with its text. */
@RequestScoped
public class BroadcastService {

    @Inject
    SuperviseAccess access;
    @Inject
    SuperviseConfig config;
    @Inject
    AcdDirectory directory;
    @Inject
    Broadcasts broadcasts;
    @Inject
    AuditService audit;

    @Transactional
    public Delta.Broadcast send(String text, List<String> queues) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw ProblemException.badRequest("broadcast-text", "Empty message", "Field 'text' must not be empty");
        }
        if (trimmed.length() > config.broadcastMaxLength()) {
            throw ProblemException.badRequest("broadcast-text", "Message too long", "Field 'text' has "
                    + trimmed.length() + " characters; at most " + config.broadcastMaxLength() + " are allowed");
        }
        if (queues == null || queues.isEmpty()) {
            throw ProblemException.badRequest("broadcast-queues", "No queue", "Field 'queues' must name at least "
                    + "one queue");
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String q : queues) {
            if (q == null || directory.queue(q).isEmpty()) {
                throw ProblemException.badRequest("broadcast-queues", "Unknown queue",
                        "Field 'queues': no queue named '" + q + "'");
            }
            access.requireQueue(q);
            unique.add(q);
        }
        Delta.Broadcast b = new Delta.Broadcast("acd", UUID.randomUUID().toString(), access.username(), trimmed,
                Instant.now(), List.copyOf(unique));
        audit.record("supervise.broadcast", String.join(",", unique), Map.of("id", b.id(), "text", trimmed));
        broadcasts.send(b);
        return b;
    }

    /** The recent broadcasts to queues this user supervises. */
    public List<Delta.Broadcast> recent() {
        return broadcasts.recent().stream().filter(b -> access.scope().anyQueue(b.queues())).toList();
    }
}
