package io.callcenter.acd.admin;

import java.util.List;
import java.util.Map;

/**
 * A queue as the admin API reads and writes it; durations in whole seconds. On write, absent (null) fields take
 * the defaults in {@link QueueRules}; {@code businessHours} names a schedule of {@code /api/admin/acd/business-hours}.
 */
public record QueueDto(String name, List<String> dids, Map<String, Integer> didPriority, String strategy,
        Integer ringTimeoutSeconds, Integer retryDelaySeconds, Integer wrapUpSeconds, Integer maxWaitSeconds,
        Integer maxLength, TargetDto overflow, Boolean joinWhenNoAgents, Boolean leaveWhenNoAgents, String mohClass,
        Integer announceIntervalSeconds, Integer serviceLevelSeconds, String slFormula, Integer shortAbandonSeconds,
        Map<String, Integer> requiredSkills, Integer skillRelaxAfterSeconds, String priorityVariable,
        Integer autoPauseAfterMisses, String whisper, String businessHours, TargetDto afterHours) {

    /** Where callers go: kind QUEUE (value = queue name), ENDPOINT (value = e.g. PJSIP/2000), HANGUP (value = media). */
    public record TargetDto(String kind, String value) {
    }
}
