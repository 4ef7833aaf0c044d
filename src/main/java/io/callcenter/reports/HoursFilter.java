package io.callcenter.reports;

/** Which quarter hours a queue report keeps, judged by each queue's business hours (a queue without any is open). */
public enum HoursFilter {
    /** Every quarter hour of the period. */
    ALL,
    /** Only quarter hours that start while the queue is open. */
    OPEN,
    /** Only quarter hours that start while the queue is closed. */
    CLOSED
}
