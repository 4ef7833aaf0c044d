package io.callcenter.acd.admin;

import io.callcenter.acd.config.SlFormula;
import io.callcenter.acd.config.Strategy;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.acd.config.store.ScheduleEntity;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Checks a {@link QueueDto} field by field and copies it, with defaults, onto a {@link QueueEntity}. */
final class QueueRules {

    static final int DEFAULT_RING_TIMEOUT = 15;
    static final int DEFAULT_RETRY_DELAY = 5;
    static final int DEFAULT_SERVICE_LEVEL = 20;
    static final int DEFAULT_SHORT_ABANDON = 5;

    private QueueRules() {
    }

    /** Validates everything that does not depend on other rows (those are checked by the service). */
    static void apply(QueueDto in, QueueEntity q, FieldErrors errors) {
        Set<String> dids = new LinkedHashSet<>();
        for (String did : in.dids() == null ? List.<String>of() : in.dids()) {
            if (errors.check(did != null && Names.DID.matcher(did).matches(), "dids",
                    "'" + did + "' is not a DID/extension (1-80 of 0-9 A-Z a-z * # + _ . -)")) {
                errors.check(dids.add(did), "dids", "'" + did + "' is listed twice");
            }
        }
        Map<String, Integer> priorities = in.didPriority() == null ? Map.of() : in.didPriority();
        priorities.forEach((did, priority) -> {
            errors.check(dids.contains(did), "didPriority", "'" + did + "' is not one of this queue's dids");
            errors.check(priority != null, "didPriority", "the priority of '" + did + "' is missing");
        });
        q.dids = new HashMap<>();
        dids.forEach(did -> q.dids.put(did, Objects.requireNonNullElse(priorities.get(did), 0)));
        q.strategy = Names.parseEnum(Strategy.class, in.strategy(), Strategy.LONGEST_IDLE, "strategy", errors).name();
        q.ringTimeout = atLeast(in.ringTimeoutSeconds(), DEFAULT_RING_TIMEOUT, 1, "ringTimeoutSeconds", errors);
        q.retryDelay = atLeast(in.retryDelaySeconds(), DEFAULT_RETRY_DELAY, 0, "retryDelaySeconds", errors);
        q.wrapUp = atLeast(in.wrapUpSeconds(), 0, 0, "wrapUpSeconds", errors);
        q.maxWait = optional(in.maxWaitSeconds(), 1, "maxWaitSeconds", errors);
        q.maxLength = optional(in.maxLength(), 1, "maxLength", errors);
        q.joinWhenNoAgents = in.joinWhenNoAgents() == null || in.joinWhenNoAgents();
        q.leaveWhenNoAgents = in.leaveWhenNoAgents() != null && in.leaveWhenNoAgents();
        q.mohClass = Names.text(in.mohClass(), "default", 80, "mohClass", errors);
        q.announceInterval = atLeast(in.announceIntervalSeconds(), 0, 0, "announceIntervalSeconds", errors);
        q.serviceLevel = atLeast(in.serviceLevelSeconds(), DEFAULT_SERVICE_LEVEL, 1, "serviceLevelSeconds", errors);
        q.slFormula = Names.parseEnum(SlFormula.class, in.slFormula(), SlFormula.ANSWERED, "slFormula", errors).name();
        q.shortAbandon = atLeast(in.shortAbandonSeconds(), DEFAULT_SHORT_ABANDON, 0, "shortAbandonSeconds", errors);
        q.requiredSkills = Names.skills(in.requiredSkills(), "requiredSkills", errors);
        q.skillRelaxAfter = optional(in.skillRelaxAfterSeconds(), 0, "skillRelaxAfterSeconds", errors);
        q.priorityVariable = Names.optionalMatch(in.priorityVariable(), Names.VARIABLE, "priorityVariable",
                "a channel variable name (letters, digits, '_')", errors);
        q.autoPauseAfterMisses = atLeast(in.autoPauseAfterMisses(), 0, 0, "autoPauseAfterMisses", errors);
        q.whisper = in.whisper() == null || in.whisper().isBlank() ? null
                : Names.text(in.whisper(), null, 200, "whisper", errors);
        q.schedule = in.businessHours() == null || in.businessHours().isBlank() ? null : in.businessHours().trim();
        if (q.schedule != null) {
            errors.check(ScheduleEntity.findById(q.schedule) != null, "businessHours",
                    "no business hours named '" + q.schedule + "'");
        }
        Targets.apply(in.overflow(), "overflow", q.name, errors, (kind, value) -> {
            q.overflowKind = kind;
            q.overflowValue = value;
        });
        Targets.apply(in.afterHours(), "afterHours", q.name, errors, (kind, value) -> {
            q.afterHoursKind = kind;
            q.afterHoursValue = value;
        });
    }

    private static int atLeast(Integer value, int fallback, int min, String field, FieldErrors errors) {
        int v = value == null ? fallback : value;
        errors.check(v >= min, field, "must be at least " + min + ", got " + v);
        return v;
    }

    private static Integer optional(Integer value, int min, String field, FieldErrors errors) {
        if (value != null) {
            errors.check(value >= min, field, "must be at least " + min + " (or absent for none), got " + value);
        }
        return value;
    }

    /** The queue as the API shows it. */
    static QueueDto view(QueueEntity q) {
        return new QueueDto(q.name, q.dids.keySet().stream().sorted().toList(), Map.copyOf(q.dids), q.strategy,
                q.ringTimeout, q.retryDelay, q.wrapUp, q.maxWait, q.maxLength,
                new QueueDto.TargetDto(q.overflowKind, q.overflowValue), q.joinWhenNoAgents, q.leaveWhenNoAgents,
                q.mohClass, q.announceInterval, q.serviceLevel, q.slFormula, q.shortAbandon,
                Map.copyOf(q.requiredSkills), q.skillRelaxAfter, q.priorityVariable, q.autoPauseAfterMisses,
                q.whisper, q.schedule, new QueueDto.TargetDto(q.afterHoursKind, q.afterHoursValue));
    }
}
