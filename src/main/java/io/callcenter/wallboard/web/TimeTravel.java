package io.callcenter.wallboard.web;

import io.callcenter.security.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code at} query parameter of time travel: absent = live; an ISO instant not in the future. */
final class TimeTravel {

    private TimeTravel() {
    }

    /** The instant asked for, or null for live. */
    static Instant parse(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(at.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("validation", "Invalid instant",
                    "at: an ISO-8601 instant such as 2026-11-27T08:30:00Z; got '" + at + "'");
        }
        if (instant.isAfter(Instant.now().plusSeconds(5))) {
            throw ProblemException.badRequest("validation", "Invalid instant", "at: " + at + " is in the future");
        }
        return instant;
    }
}
