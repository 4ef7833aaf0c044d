package io.callcenter.mirror.history;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;

/** What travels through the writer's buffer, in dispatch order. */
sealed interface HistoryItem {

    /**
     * An event to log and fold into the lifecycle tables.
     *
     * @param quoted store the frame as a JSON string: the fallback for a frame PostgreSQL refuses as jsonb
     * @param row    its {@code ari_event} row, or null for the writer to compute
     */
    record EventItem(String asteriskId, ReceivedEvent event, boolean quoted, EventRow row) implements HistoryItem {

        /**
         * The item with its row computed here, on the enqueuing (dispatch) thread: the writer thread is the serial
         * part of ingest (it built 2,000 rows, hashing each frame, before every batch could start). Input the row
         * cannot be built from is left to the writer, which isolates and counts it like any refused item.
         */
        static EventItem of(String asteriskId, ReceivedEvent event) {
            EventRow row;
            try {
                row = EventRow.of(event, asteriskId, false);
            } catch (RuntimeException e) {
                row = null; // not logged here: the writer meets the same failure and reports it with the item
            }
            return new EventItem(asteriskId, event, false, row);
        }

        /** The row to write: the precomputed one, else computed now (on the writer thread). */
        EventRow toRow() {
            return row != null ? row : EventRow.of(event, asteriskId, quoted);
        }
    }

    /** A resync: close what vanished, upsert what is there. */
    record ResyncItem(String asteriskId, ResyncSnapshot snapshot) implements HistoryItem {
    }
}
