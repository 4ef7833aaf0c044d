package io.callcenter.mirror.history;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;

/** What travels through the writer's buffer, in dispatch order. */
sealed interface HistoryItem {

    /**
     * An event to log and fold into the lifecycle tables; its row is computed on the writer thread.
     *
     * @param quoted store the frame as a JSON string: the fallback for a frame PostgreSQL refuses as jsonb
     */
    record EventItem(String asteriskId, ReceivedEvent event, boolean quoted) implements HistoryItem {
    }

    /** A resync: close what vanished, upsert what is there. */
    record ResyncItem(String asteriskId, ResyncSnapshot snapshot) implements HistoryItem {
    }
}
