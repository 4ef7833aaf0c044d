package io.callcenter.desk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** JSON bodies of the agent desk's controls. */
public final class DeskRequests {

    private DeskRequests() {
    }

    /** Mute / unmute the agent's leg; direction in (default), out or both. */
    public record Mute(@Pattern(regexp = "in|out|both", message = "must be in, out or both") String direction) {
    }

    /** DTMF digits to send: 1..32 of 0-9 * # A-D. */
    public record Dtmf(@NotBlank @Pattern(regexp = "[0-9*#A-D]{1,32}", message = "must be 1..32 of 0-9 * # A-D")
            String digits) {
    }

    /** Blind transfer; keepEnqueueTime (queue only) defaults to true. */
    public record Transfer(@NotBlank @Pattern(regexp = "agent|queue|number", message = "must be agent, queue or number")
            String to, @NotBlank String target, Boolean keepEnqueueTime) {
    }

    /** Attended transfer, step 1: consult an agent or a number. */
    public record Consult(@NotBlank @Pattern(regexp = "agent|number", message = "must be agent or number") String to,
            @NotBlank String target) {
    }

    /** A configured disposition code. */
    public record Disposition(@NotBlank String code) {
    }
}
