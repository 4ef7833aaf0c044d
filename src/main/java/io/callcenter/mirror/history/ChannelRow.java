package io.callcenter.mirror.history;

import io.callcenter.ari.events.AriTime;
import io.callcenter.ari.model.CallerID;
import io.callcenter.ari.model.Channel;
import java.time.Instant;

/**
 * The {@code channel_history} values one batch learnt about a channel. Folding follows the same rules as the SQL
 * upsert (latest non-null, first non-null, earliest, first close), so folding in Java first changes nothing.
 */
final class ChannelRow {

    final String asteriskId;
    final String channelId;
    String name;
    String callerName;
    String callerNumber;
    String connectedName;
    String connectedNumber;
    String context;
    String exten;
    Long priority;
    Instant created;
    Instant answered;
    Instant destroyed;
    Integer cause;
    String causeTxt;
    Integer hangupCause;
    Integer hangupTechCause;
    String lastState;
    String closeReason;
    Instant updatedAt;

    ChannelRow(String asteriskId, String channelId) {
        this.asteriskId = asteriskId;
        this.channelId = channelId;
    }

    /** Folds a channel snapshot seen at {@code at}; {@code upMeansAnswered} is false for resync reads. */
    void observe(Channel c, Instant at, boolean upMeansAnswered) {
        name = latest(name, c.name());
        callerName = latest(callerName, name(c.caller()));
        callerNumber = latest(callerNumber, number(c.caller()));
        connectedName = latest(connectedName, name(c.connected()));
        connectedNumber = latest(connectedNumber, number(c.connected()));
        lastState = latest(lastState, c.state());
        if (context == null && exten == null && c.dialplan() != null) {
            context = c.dialplan().context();
            exten = c.dialplan().exten();
            priority = c.dialplan().priority();
        }
        Instant creation = AriTime.parse(c.creationtime());
        created = earliest(created, creation != null ? creation : at);
        if (upMeansAnswered && "Up".equals(c.state())) {
            answered = earliest(answered, at);
        }
        updatedAt = updatedAt == null || at.isAfter(updatedAt) ? at : updatedAt;
    }

    void hangupRequested(Integer cause, Integer techCause) {
        hangupCause = cause != null ? cause : hangupCause;
        hangupTechCause = techCause != null ? techCause : hangupTechCause;
    }

    void close(Instant at, Integer q850, String txt, String reason) {
        if (destroyed == null) {
            destroyed = at;
            cause = q850;
            causeTxt = txt;
            closeReason = reason;
        }
    }

    static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static String latest(String old, String now) {
        return now == null || now.isEmpty() ? old : now;
    }

    private static String name(CallerID id) {
        return id == null ? null : id.name();
    }

    private static String number(CallerID id) {
        return id == null ? null : id.number();
    }
}
