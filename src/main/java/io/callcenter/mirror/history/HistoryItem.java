package io.callcenter.mirror.history;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;

/** What travels through the writer's buffer, in dispatch order. */
sealed interface HistoryItem {

    /** An event to log and fold into the lifecycle tables; its row is computed on the writer thread. */
    record EventItem(String asteriskId, ReceivedEvent event) implements HistoryItem {
    }

    /** A resync: close what vanished, upsert what is there. */
    record ResyncItem(String asteriskId, ResyncSnapshot snapshot) implements HistoryItem {
    }
}
