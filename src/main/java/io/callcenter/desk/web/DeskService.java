package io.callcenter.desk.web;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.web.AgentStateService;
import io.callcenter.acd.call.DeskDisposition;
import io.callcenter.acd.call.DeskViews;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.desk.config.Dispositions;
import io.callcenter.desk.history.DeskHistory;
import io.callcenter.desk.history.HistoryPage;
import io.callcenter.live.wire.DeskCallView;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The desk's reads: the desk as a whole, the current call, transfer targets and the agent's call history. */
@RequestScoped
public class DeskService {

    @Inject
    DeskAgent me;
    @Inject
    AgentStateService agentState;
    @Inject
    AcdActor actor;
    @Inject
    AcdConfig acdConfig;
    @Inject
    DeskViews views;
    @Inject
    DeskDisposition desk;
    @Inject
    AgentBook agents;
    @Inject
    AcdDirectory directory;
    @Inject
    Dispositions dispositions;
    @Inject
    DeskHistory history;

    public DeskView desk() {
        String user = me.username();
        return new DeskView(agentState.state(user), current(user), directory.pauseReasons(), dispositions.all());
    }

    public DeskCallView call() {
        DeskCallView call = current(me.username());
        if (call == null) {
            throw ProblemException.notFound("desk-no-call", "You have no call right now");
        }
        return call;
    }

    public TransferTargets targets() {
        String user = me.username();
        List<AgentConfig> others = directory.agents().stream().filter(a -> !a.username().equals(user)).toList();
        return actor.call(() -> {
            Map<String, Integer> waiting = desk.waitingByQueue();
            List<TransferTargets.AgentTarget> list = others.stream().map(a -> agents.find(a.username())
                    .map(x -> new TransferTargets.AgentTarget(a.username(), x.state().name(),
                            x.queues().stream().sorted().toList()))
                    .orElse(new TransferTargets.AgentTarget(a.username(), "LOGGED_OUT", List.of()))).toList();
            List<TransferTargets.QueueTarget> queues = directory.queues().stream()
                    .map(q -> new TransferTargets.QueueTarget(q.name(), waiting.getOrDefault(q.name(), 0))).toList();
            return new TransferTargets(list, queues);
        }, acdConfig.commandTimeout());
    }

    public HistoryPage history(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || s < 1 || s > 100) {
            throw ProblemException.badRequest("desk-page", "Invalid page", "page must be >= 0 and size 1..100");
        }
        return history.page(me.username(), p, s);
    }

    DeskCallView current(String user) {
        return actor.call(() -> views.view(user), acdConfig.commandTimeout());
    }
}
