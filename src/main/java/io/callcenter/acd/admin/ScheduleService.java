package io.callcenter.acd.admin;

import io.callcenter.acd.config.AcdChanges;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.acd.config.store.ScheduleEntity;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Creates, replaces and deletes named business hours; audited, reloads the directory after commit. */
@ApplicationScoped
@Transactional
public class ScheduleService {

    @Inject
    AuditService audit;

    @Inject
    AcdChanges changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduleDto> list() {
        return ScheduleEntity.all().stream().map(ScheduleRules::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScheduleDto get(String name) {
        return ScheduleRules.view(require(name));
    }

    public ScheduleDto create(ScheduleDto body) {
        String name = body.name() == null ? "" : body.name().trim();
        if (!Names.QUEUE.matcher(name).matches()) {
            throw FieldErrors.single("name", "a name has 1-100 letters, digits, '.', '_' or '-'; got '"
                    + body.name() + "'");
        }
        if (ScheduleEntity.findById(name) != null) {
            throw ProblemException.conflict("duplicate-business-hours", "Business hours exist",
                    "Business hours '" + name + "' already exist");
        }
        ScheduleEntity schedule = new ScheduleEntity();
        schedule.name = name;
        store(body, schedule);
        schedule.persist();
        audit.record(AcdAuditActions.HOURS_CREATED, name, Map.of("hours", ScheduleRules.view(schedule)));
        changes.changed();
        return ScheduleRules.view(schedule);
    }

    public ScheduleDto replace(String name, ScheduleDto body) {
        ScheduleEntity schedule = require(name);
        if (body.name() != null && !body.name().trim().equals(name)) {
            throw FieldErrors.single("name", "business hours cannot be renamed (path '" + name + "', body '"
                    + body.name() + "')");
        }
        ScheduleDto before = ScheduleRules.view(schedule);
        store(body, schedule);
        audit.record(AcdAuditActions.HOURS_UPDATED, name, Map.of("before", before,
                "after", ScheduleRules.view(schedule)));
        changes.changed();
        return ScheduleRules.view(schedule);
    }

    /** Deletes business hours no queue uses. */
    public void delete(String name) {
        ScheduleEntity schedule = require(name);
        List<String> users = QueueEntity.<QueueEntity>list("schedule", name).stream().map(q -> q.name).toList();
        if (!users.isEmpty()) {
            throw ProblemException.conflict("business-hours-in-use", "Business hours in use",
                    "Business hours '" + name + "' are used by queues " + users);
        }
        schedule.delete();
        audit.record(AcdAuditActions.HOURS_DELETED, name, Map.of());
        changes.changed();
    }

    private static void store(ScheduleDto body, ScheduleEntity schedule) {
        FieldErrors errors = new FieldErrors();
        ScheduleRules.apply(body, schedule, errors);
        errors.throwIfAny();
    }

    private static ScheduleEntity require(String name) {
        ScheduleEntity schedule = name == null ? null : ScheduleEntity.findById(name);
        if (schedule == null) {
            throw ProblemException.notFound("unknown-business-hours", "No business hours '" + name + "'");
        }
        return schedule;
    }
}
