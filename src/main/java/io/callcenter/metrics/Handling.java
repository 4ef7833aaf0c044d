package io.callcenter.metrics;

import java.time.Duration;
import java.util.Objects;

/**
 * The agent's handling of one answered call, known once the agent has finished with it (wrap-up over).
 *
 * @param talk time connected with the caller, hold excluded
 * @param hold time the caller was on hold during the conversation
 * @param wrap after-call work time (zero when the queue has none)
 */
public record Handling(Duration talk, Duration hold, Duration wrap) {

    public Handling {
        requireNonNegative(talk, "talk");
        requireNonNegative(hold, "hold");
        requireNonNegative(wrap, "wrap");
    }

    /** Talk + hold + wrap: the handle time of this call. */
    public Duration total() {
        return talk.plus(hold).plus(wrap);
    }

    static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }
}
