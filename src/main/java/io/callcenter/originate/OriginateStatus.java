package io.callcenter.originate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an originated call stands; {@code completed} and {@code error} are final. */
public enum OriginateStatus {
    /** Originate sent, the endpoint is being called (ringing). */
    DIALING,
    /** The endpoint answered; the channel was (or is being) continued into the dialplan. */
    UP,
    /** It was answered and has ended; {@code message} gives the hangup cause. */
    COMPLETED,
    /** Never answered (ring timeout, busy...), refused by ARI, server unreachable, or continue refused. */
    ERROR;

    /** The name on the wire and in the database. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == ERROR;
    }

    public static OriginateStatus ofWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
