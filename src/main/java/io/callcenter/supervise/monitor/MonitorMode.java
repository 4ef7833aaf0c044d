package io.callcenter.supervise.monitor;

import io.callcenter.security.problem.ProblemException;
import java.util.Locale;

/** How the supervisor joins an agent's call. */
public enum MonitorMode {
    /** Hears caller and agent; nobody hears the supervisor. */
    LISTEN,
    /** Hears both; only the agent hears the supervisor (coaching). */
    WHISPER,
    /** Joins the call: caller, agent and supervisor all hear each other. */
    BARGE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** listen, whisper or barge; anything else is a 400 naming the field. */
    public static MonitorMode parse(String value) {
        for (MonitorMode m : values()) {
            if (m.wire().equals(value)) {
                return m;
            }
        }
        throw ProblemException.badRequest("monitor-mode", "Invalid mode",
                "Field 'mode' must be listen, whisper or barge, not '" + value + "'");
    }
}
