package io.callcenter.security.audit;

import java.time.Instant;

/** Criteria for browsing the audit log; null fields do not filter. */
public record AuditFilter(String actor, String action, String target, Instant from, Instant to) {
}
