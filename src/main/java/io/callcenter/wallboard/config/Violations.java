package io.callcenter.wallboard.config;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** The "field: what is wrong" lines found while checking a wallboard request; refused as one 400 problem. */
final class Violations {

    private final List<String> lines = new ArrayList<>();

    /** Adds the line unless {@code ok}; returns {@code ok} so checks can be chained. */
    boolean require(boolean ok, String field, String message) {
        if (!ok) {
            lines.add(field + ": " + message);
        }
        return ok;
    }

    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new ProblemException(new Problem("urn:callcenter:problem:validation", "Invalid wallboard", 400,
                    String.join("; ", lines), List.copyOf(lines)));
        }
    }
}
