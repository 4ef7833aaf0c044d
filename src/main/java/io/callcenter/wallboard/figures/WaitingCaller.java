package io.callcenter.wallboard.figures;

/**
 * One caller waiting in a queue at the snapshot's instant.
 *
 * @param callId the call key, {@code <asterisk id>:<caller channel id>}
 * @param queue the queue it waits in now (after an overflow: the queue it moved to)
 * @param position 1 = next to be offered (queue order: higher priority first, then earlier enqueue)
 * @param enqueuedAtMs when it first entered a queue, epoch milliseconds (kept across queue moves)
 * @param waitMs snapshot instant − enqueue instant, milliseconds
 * @param priority caller priority (higher is served first)
 * @param did the number dialled; null when unknown
 * @param callerNumber caller id number; null when unknown
 * @param callerName caller id name; null when unknown
 */
public record WaitingCaller(String callId, String queue, int position, long enqueuedAtMs, long waitMs, int priority,
        String did, String callerNumber, String callerName) {
}
