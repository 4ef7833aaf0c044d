package io.callcenter.reports.web;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** Collects "parameter: what is wrong" lines while a report request is read, then refuses it with one 400. */
public final class ParamErrors {

    private final List<String> errors = new ArrayList<>();

    public void add(String parameter, String message) {
        errors.add(parameter + ": " + message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws the 400 problem (type "invalid-report-parameters", one line per error) if anything was wrong. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("urn:callcenter:problem:invalid-report-parameters",
                    "Invalid report parameters", 400, String.join("; ", errors), List.copyOf(errors)));
        }
    }
}
