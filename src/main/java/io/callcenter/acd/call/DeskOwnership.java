package io.callcenter.acd.call;

import io.callcenter.acd.agent.AgentBook;
import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Finds the call an agent's desk command is about and checks it is the agent's own current call (actor thread). */
@ApplicationScoped
public class DeskOwnership {

    @Inject
    CallBook book;
    @Inject
    AgentBook agents;

    /** The agent's current call with this caller channel id, which the agent is talking on (not offered, consulted). */
    AcdCall own(String username, String callId) {
        AcdCall call = current(username, callId);
        if (!username.equals(call.agent)) {
            if (call.offers.values().stream().anyMatch(o -> o.agent.equals(username))) {
                throw state("The call is still ringing your phone: answer it first");
            }
            if (call.handling.consult != null && username.equals(call.handling.consult.agent)) {
                throw state("You are the consulted party of this call; the transferring agent controls it");
            }
            throw ended();
        }
        return call;
    }

    /** The agent's current call (in any part) with this caller channel id; 403 / 409 otherwise. */
    AcdCall current(String username, String callId) {
        String key = agents.find(username).map(a -> a.callId()).orElse(null);
        if (key == null || !key.endsWith(":" + callId)) {
            throw notYours(callId);
        }
        AcdCall call = book.calls.get(key);
        if (call == null || call.phase == AcdCall.Phase.ENDED) {
            throw ended();
        }
        return call;
    }

    /** 403 {@code desk-not-your-call}; the desk service turns it into 409 when the call was the agent's earlier. */
    public static ProblemException notYours(String callId) {
        return new ProblemException(Problem.of("desk-not-your-call", "Not your call", 403, "Call " + callId
                + " is not your current call"));
    }

    static ProblemException state(String detail) {
        return ProblemException.conflict("desk-call-state", "Not possible now", detail);
    }

    public static ProblemException ended() {
        return ProblemException.conflict("desk-call-ended", "Call ended", "This call has ended for you");
    }
}
