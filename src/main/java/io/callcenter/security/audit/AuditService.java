package io.callcenter.security.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Writes audit rows. Joins the caller's transaction, so an audited change and its audit row commit
 * (or roll back) together. Other features call it for barge/listen, changes made on someone else's
 * behalf and configuration changes.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    @Inject
    RequestOrigin origin;

    /** Records an action by the user of the current request, from its address. */
    public void record(String action, String target, Map<String, ?> details) {
        record(origin.actor(), origin.address(), action, target, details);
    }

    /** Records an action with an explicit actor and address (websockets, schedulers, startup). */
    public void record(String actor, String address, String action, String target, Map<String, ?> details) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor == null ? RequestOrigin.SYSTEM : actor;
        entry.address = address;
        entry.action = action;
        entry.target = target;
        entry.details = details == null ? Map.of() : Map.copyOf(details);
        entry.persist();
    }
}
