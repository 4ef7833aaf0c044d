package io.callcenter.acd.admin;

/** Audit action names of ACD configuration changes. */
public final class AcdAuditActions {

    public static final String QUEUE_CREATED = "acd.queue.created";
    public static final String QUEUE_UPDATED = "acd.queue.updated";
    public static final String QUEUE_DELETED = "acd.queue.deleted";
    public static final String HOURS_CREATED = "acd.hours.created";
    public static final String HOURS_UPDATED = "acd.hours.updated";
    public static final String HOURS_DELETED = "acd.hours.deleted";
    public static final String AGENT_MEMBERSHIPS = "acd.agent.memberships";
    public static final String AGENT_SKILLS = "acd.agent.skills";
    public static final String QUEUE_MEMBER_ORDER = "acd.queue.member-order";
    public static final String PAUSE_REASON_CREATED = "acd.pause-reason.created";
    public static final String PAUSE_REASON_UPDATED = "acd.pause-reason.updated";
    public static final String PAUSE_REASON_DELETED = "acd.pause-reason.deleted";

    private AcdAuditActions() {
    }
}
