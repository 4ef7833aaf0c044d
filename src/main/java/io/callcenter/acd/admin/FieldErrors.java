package io.callcenter.acd.admin;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** Collects "field: what is wrong" lines while a request is checked, then refuses it with one 400 problem. */
final class FieldErrors {

    private final List<String> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(field + ": " + message);
    }

    /** Records an error unless the condition holds; returns the condition. */
    boolean check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return ok;
    }

    /** Throws the 400 problem (type "validation", one error line per field) if anything was wrong. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw problem();
        }
    }

    /** A single-field 400 problem. */
    static ProblemException single(String field, String message) {
        FieldErrors errors = new FieldErrors();
        errors.add(field, message);
        return errors.problem();
    }

    private ProblemException problem() {
        return new ProblemException(new Problem("urn:callcenter:problem:validation", "Invalid request", 400,
                String.join("; ", errors), List.copyOf(errors)));
    }
}
