package io.callcenter.security.audit;

import java.time.Instant;
import java.util.Map;

/** An audit row as the API and the page show it. */
public record AuditRow(long id, Instant at, String actor, String action, String target, String address,
        Map<String, Object> details) {

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.id, e.at, e.actor, e.action, e.target, e.address, e.details);
    }
}
