package io.callcenter.supervise.view;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.live.AcdLive;
import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.mirror.Party;
import io.callcenter.supervise.Scope;
import io.callcenter.supervise.SuperviseAccess;
import io.callcenter.supervise.broadcast.BroadcastService;
import io.callcenter.supervise.monitor.MonitorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the supervised view from the ACD's live state, its configuration and the mirror (no database read). */
@RequestScoped
public class SupervisorViewService {

    @Inject
    SuperviseAccess access;
    @Inject
    AcdDirectory directory;
    @Inject
    AcdLive live;
    @Inject
    LiveMirror mirror;
    @Inject
    MonitorService monitors;
    @Inject
    BroadcastService broadcasts;

    public SupervisorView view() {
        Scope scope = access.scope();
        List<String> queues = directory.queues().stream().map(QueueConfig::name).filter(scope::queue).sorted()
                .toList();
        Map<String, Delta.AgentUpsert> states = live.agents().stream()
                .collect(Collectors.toMap(Delta.AgentUpsert::username, Function.identity(), (a, b) -> b));
        List<SupervisorView.AgentRow> agents = directory.agents().stream().filter(scope::agent)
                .map(ac -> row(ac, states.get(ac.username()), scope)).toList();
        List<Delta.WaitingCallers> waiting = live.waiting().stream().filter(w -> scope.queue(w.queue())).toList();
        return new SupervisorView(queues, agents, waiting, directory.pauseReasons(), monitors.list(),
                broadcasts.recent());
    }

    private SupervisorView.AgentRow row(AgentConfig ac, Delta.AgentUpsert state, Scope scope) {
        List<SupervisorView.Membership> memberships = ac.memberships().stream()
                .map(m -> new SupervisorView.Membership(m.queue(), m.penalty(), scope.queue(m.queue()))).toList();
        if (state == null) {
            return new SupervisorView.AgentRow(ac.username(), ac.endpoint(), "LOGGED_OUT", null, null, null,
                    List.of(), memberships, null, null, null, null);
        }
        return new SupervisorView.AgentRow(ac.username(), ac.endpoint(), state.state(), state.since(),
                state.reason(), state.nextState(), state.queues(), memberships, state.callId(), state.queue(),
                caller(state.callId()), state.wrapUpUntil());
    }

    /** The caller of the agent's call, from the caller's channel (the call id is asterisk id + ":" + its id). */
    private Party caller(String callId) {
        if (callId == null || callId.lastIndexOf(':') < 0) {
            return null;
        }
        int colon = callId.lastIndexOf(':');
        return mirror.channel(callId.substring(0, colon), callId.substring(colon + 1)).map(ChannelView::caller)
                .orElse(null);
    }
}
