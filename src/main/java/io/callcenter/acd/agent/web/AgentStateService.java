package io.callcenter.acd.agent.web;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentView;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Agent-state commands of the REST API: checks who may act on whom, validates against the configuration, then
 * runs the command on the ACD actor (where the state machine lives) and answers with the resulting state.
 */
@RequestScoped
public class AgentStateService {

    @Inject
    CurrentUser currentUser;
    @Inject
    AcdDirectory directory;
    @Inject
    AgentBook book;
    @Inject
    AgentMachine machine;
    @Inject
    AcdActor actor;
    @Inject
    AcdConfig config;
    @Inject
    AuditService audit;

    public AgentView state(String username) {
        AgentConfig ac = allowed(username);
        return actor.call(() -> agent(ac).view(), config.commandTimeout());
    }

    public AgentView login(String username, List<String> queues) {
        AgentConfig ac = allowed(username);
        Set<String> members = new LinkedHashSet<>(ac.memberships().stream().map(AgentConfig.Membership::queue).toList());
        boolean onBehalf = !currentUser.username().equals(username) && !currentUser.access().isAdmin();
        if (onBehalf && queues == null) {
            // a supervisor logs the agent in to the queues it supervises, never to another supervisor's
            members.removeIf(q -> !currentUser.access().canSuperviseQueue(q));
        }
        Set<String> wanted = queues == null ? members : new LinkedHashSet<>(queues);
        for (String q : wanted) {
            if (!members.contains(q)) {
                throw ProblemException.badRequest("agent-queue", "Not a member", "Agent " + username
                        + " is not a member of queue '" + q + "'");
            }
            if (onBehalf) {
                currentUser.requireQueue(q);
            }
        }
        return act(ac, "login", Map.of("queues", List.copyOf(wanted)), a -> machine.login(a, wanted));
    }

    public AgentView logout(String username) {
        AgentConfig ac = allowed(username);
        String reason = byWhom(username, "logout"); // read here: the request context does not reach the actor
        return act(ac, "logout", Map.of(), a -> machine.logout(a, reason));
    }

    public AgentView ready(String username) {
        return act(allowed(username), "ready", Map.of(), machine::ready);
    }

    public AgentView pause(String username, String reason) {
        AgentConfig ac = allowed(username);
        requireReason(reason);
        return act(ac, "pause", Map.of("reason", reason), a -> machine.pause(a, reason));
    }

    public AgentView nextStatus(String username, String state, String reason) {
        AgentConfig ac = allowed(username);
        AgentState next = switch (state) {
            case "READY" -> AgentState.READY;
            case "PAUSED" -> AgentState.PAUSED;
            case "LOGGED_OUT" -> AgentState.LOGGED_OUT;
            default -> throw ProblemException.badRequest("agent-next-status", "Invalid next status",
                    "state must be READY, PAUSED or LOGGED_OUT, not '" + state + "'");
        };
        if (next == AgentState.PAUSED) {
            requireReason(reason);
        }
        return act(ac, "next-status", Map.of("state", state), a -> machine.setNext(a, next, reason));
    }

    public AgentView endWrapUp(String username) {
        return act(allowed(username), "end-wrap-up", Map.of(), machine::endWrapUp);
    }

    private AgentView act(AgentConfig ac, String action, Map<String, ?> details, Consumer<Agent> command) {
        AgentView view = actor.call(() -> {
            Agent a = agent(ac);
            command.accept(a);
            return a.view();
        }, config.commandTimeout());
        if (!currentUser.username().equals(ac.username())) {
            audit.record("acd.agent." + action, ac.username(), details);
        }
        return view;
    }

    private Agent agent(AgentConfig ac) {
        return book.agent(ac.username(), ac.endpoint());
    }

    private void requireReason(String reason) {
        if (directory.pauseReasons().stream().noneMatch(r -> r.code().equals(reason))) {
            throw ProblemException.badRequest("pause-reason", "Unknown pause reason", "'" + reason
                    + "' is not a configured pause reason");
        }
    }

    private String byWhom(String username, String what) {
        return currentUser.username().equals(username) ? what : what + " by " + currentUser.username();
    }

    // the same 403 whether the agent exists or not, so agents cannot probe for usernames
    private AgentConfig allowed(String username) {
        boolean self = currentUser.username().equals(username);
        if (!self && !currentUser.access().isAdmin() && !currentUser.access().isSupervisor()) {
            throw ProblemException.forbidden("You may act only on your own agent state");
        }
        AgentConfig ac = directory.agent(username).orElse(null);
        if (ac == null) {
            if (self || currentUser.access().isAdmin()) {
                throw ProblemException.notFound("acd-agent", "No ACD agent '" + username + "' is configured");
            }
            throw ProblemException.forbidden("You may act only on agents of your queues");
        }
        List<String> queues = ac.memberships().stream().map(AgentConfig.Membership::queue).toList();
        if (!currentUser.access().canActOnAgent(username, queues)) {
            throw ProblemException.forbidden("You may act only on agents of your queues");
        }
        return ac;
    }
}
