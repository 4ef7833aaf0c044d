package io.callcenter.mirror.history;

import io.callcenter.ari.events.AriTime;
import io.callcenter.ari.model.Bridge;
import java.time.Instant;

/** The {@code bridge_history} values one batch learnt about a bridge, folded like the SQL upsert does. */
final class BridgeRow {

    final String asteriskId;
    final String bridgeId;
    String bridgeType;
    String bridgeClass;
    String technology;
    String name;
    String creator;
    Instant created;
    Instant destroyed;
    String closeReason;
    Instant updatedAt;

    BridgeRow(String asteriskId, String bridgeId) {
        this.asteriskId = asteriskId;
        this.bridgeId = bridgeId;
    }

    void observe(Bridge b, Instant at) {
        bridgeType = ChannelRow.latest(bridgeType, b.bridgeType());
        bridgeClass = ChannelRow.latest(bridgeClass, b.bridgeClass());
        technology = ChannelRow.latest(technology, b.technology());
        name = ChannelRow.latest(name, b.name());
        creator = ChannelRow.latest(creator, b.creator());
        Instant creation = AriTime.parse(b.creationtime());
        created = ChannelRow.earliest(created, creation != null ? creation : at);
        updatedAt = updatedAt == null || at.isAfter(updatedAt) ? at : updatedAt;
    }

    void close(Instant at, String reason) {
        if (destroyed == null) {
            destroyed = at;
            closeReason = reason;
        }
    }
}
