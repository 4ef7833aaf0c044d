package io.callcenter.console.signal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/** JSON bodies of device-state changes and user events. */
public final class SignalRequests {

    static final String STATES = "NOT_INUSE|INUSE|BUSY|INVALID|UNAVAILABLE|RINGING|RINGINUSE|ONHOLD";

    private SignalRequests() {
    }

    /** The new state of a {@code Stasis:} device. */
    public record DeviceState(@NotNull @Pattern(regexp = STATES, message = "must be one of " + STATES) String state) {
    }

    /** A user event: variables (strings) and optionally the object it is about, e.g. {@code channel:<id>}. */
    public record UserEvent(Map<String, String> variables,
            @Pattern(regexp = "(channel|bridge|endpoint|deviceState):.+",
                    message = "must be channel:<id>, bridge:<id>, endpoint:<tech>/<resource> or deviceState:<name>") String source) {
    }
}
