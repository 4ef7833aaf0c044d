package io.callcenter.console;

import io.callcenter.ari.client.AriException;
import java.util.Set;

/** A console action that ARI refused (its 4xx passed on) or failed (5xx, unreachable: 502); mapped to {@link AriProblem}. */
public class AriRefusal extends RuntimeException {

    // ARI statuses that describe the user's request and so go back to the browser as they are
    private static final Set<Integer> PASSED_ON = Set.of(400, 404, 409, 412, 422);

    private final transient AriProblem problem;

    AriRefusal(AriProblem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public AriProblem problem() {
        return problem;
    }

    /** ARI answered with an error status. */
    public static AriRefusal of(AriException e, ConsoleAction action) {
        String message = e.ariMessage() == null || e.ariMessage().isBlank() ? "no message" : e.ariMessage();
        if (PASSED_ON.contains(e.status())) {
            return new AriRefusal(new AriProblem("urn:callcenter:problem:ari-refused", "Asterisk refused " + action.name(),
                    e.status(), message, e.status(), message));
        }
        return new AriRefusal(new AriProblem("urn:callcenter:problem:ari-failed", "Asterisk failed", 502,
                "Asterisk " + action.server() + " could not do " + action.name() + ": " + message + " (ARI status "
                        + e.status() + ")", e.status(), message));
    }

    /** No HTTP answer from ARI at all (connection refused, timeout). */
    public static AriRefusal unreachable(ConsoleAction action, RuntimeException cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new AriRefusal(new AriProblem("urn:callcenter:problem:ari-unreachable", "Asterisk unreachable", 502,
                "Asterisk " + action.server() + " did not answer " + action.name() + ": " + why, null, null));
    }
}
