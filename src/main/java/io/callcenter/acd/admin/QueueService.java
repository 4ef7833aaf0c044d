package io.callcenter.acd.admin;

import io.callcenter.acd.config.AcdChanges;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Creates, replaces and deletes queues; every change is audited and reloads the directory after commit. */
@ApplicationScoped
@Transactional
public class QueueService {

    @Inject
    AuditService audit;

    @Inject
    AcdChanges changes;

    @Inject
    MembershipSync memberships;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueDto> list(Predicate<String> visible) {
        return QueueEntity.all().stream().filter(q -> visible.test(q.name)).map(QueueRules::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueDto get(String name) {
        return QueueRules.view(require(name));
    }

    public QueueDto create(QueueDto body) {
        String name = body.name() == null ? "" : body.name().trim();
        if (!Names.QUEUE.matcher(name).matches()) {
            throw FieldErrors.single("name", "a queue name has 1-100 letters, digits, '.', '_' or '-'; got '"
                    + body.name() + "'");
        }
        if (QueueEntity.findById(name) != null) {
            throw ProblemException.conflict("duplicate-queue", "Queue exists", "Queue '" + name + "' already exists");
        }
        QueueEntity queue = new QueueEntity();
        queue.name = name;
        store(body, queue);
        queue.persist();
        memberships.queueCreated(name);
        audit.record(AcdAuditActions.QUEUE_CREATED, name, Map.of("queue", QueueRules.view(queue)));
        changes.changed();
        return QueueRules.view(queue);
    }

    /** Replaces every field of the queue (its name is the path's; a different name in the body is refused). */
    public QueueDto replace(String name, QueueDto body) {
        QueueEntity queue = require(name);
        if (body.name() != null && !body.name().trim().equals(name)) {
            throw FieldErrors.single("name", "a queue cannot be renamed (path '" + name + "', body '"
                    + body.name() + "')");
        }
        QueueDto before = QueueRules.view(queue);
        store(body, queue);
        audit.record(AcdAuditActions.QUEUE_UPDATED, name, Map.of("before", before, "after", QueueRules.view(queue)));
        changes.changed();
        return QueueRules.view(queue);
    }

    /** Deletes the queue and its memberships; refused while another queue overflows to it. */
    public void delete(String name) {
        QueueEntity queue = require(name);
        List<String> users = QueueEntity.<QueueEntity>list(
                "(overflowKind = 'QUEUE' and overflowValue = ?1) or (afterHoursKind = 'QUEUE' and afterHoursValue = ?1)",
                name).stream().map(q -> q.name).filter(n -> !n.equals(name)).toList();
        if (!users.isEmpty()) {
            throw ProblemException.conflict("queue-in-use", "Queue in use",
                    "Queue '" + name + "' is the overflow or after-hours target of " + users);
        }
        memberships.queueDeleted(name);
        queue.delete();
        audit.record(AcdAuditActions.QUEUE_DELETED, name, Map.of());
        changes.changed();
    }

    // DIDs of other queues are checked first: a query would flush a half-changed entity into a key violation
    private static void store(QueueDto body, QueueEntity queue) {
        for (String did : body.dids() == null ? List.<String>of() : body.dids()) {
            QueueEntity.byDid(did).filter(other -> !other.name.equals(queue.name)).ifPresent(other -> {
                throw ProblemException.conflict("did-taken", "DID taken",
                        "dids: '" + did + "' is already routed to queue '" + other.name + "'");
            });
        }
        FieldErrors errors = new FieldErrors();
        QueueRules.apply(body, queue, errors);
        errors.throwIfAny();
    }

    static QueueEntity require(String name) {
        QueueEntity queue = name == null ? null : QueueEntity.findById(name);
        if (queue == null) {
            throw ProblemException.notFound("unknown-queue", "No queue '" + name + "'");
        }
        return queue;
    }
}
