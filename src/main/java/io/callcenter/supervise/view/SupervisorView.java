package io.callcenter.supervise.view;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.Party;
import io.callcenter.supervise.monitor.MonitorView;
import java.time.Instant;
import java.util.List;

/**
 * What a supervisor sees of its queues now (GET /api/supervise): the same data the live deltas then keep current.
 *
 * @param queues the queues it supervises (every ACD queue for an admin)
 */
public record SupervisorView(List<String> queues, List<AgentRow> agents, List<Delta.WaitingCallers> waiting,
        List<AcdDirectory.PauseReason> pauseReasons, List<MonitorView> monitors, List<Delta.Broadcast> broadcasts) {

    /**
     * One agent of those queues.
     *
     * @param since when it entered its state (null: not seen since the server started; then LOGGED_OUT)
     * @param loggedIn the queues it is logged in to
     * @param memberships every queue it is a member of, with its penalty
     * @param caller the party on its current call, when it has one
     */
    public record AgentRow(String username, String endpoint, String state, Instant since, String reason,
            String nextState, List<String> loggedIn, List<Membership> memberships, String callId, String queue,
            Party caller, Instant wrapUpUntil) {
    }

    /** Membership of one queue; {@code supervised} tells whether this user may change it. */
    public record Membership(String queue, int penalty, boolean supervised) {
    }
}
