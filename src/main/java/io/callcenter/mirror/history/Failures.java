package io.callcenter.mirror.history;

import java.sql.SQLException;

/** Tells a database that is away (retry the same batch later) from data it refuses (retrying cannot help). */
final class Failures {

    private Failures() {
    }

    static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state == null
                || state.startsWith("08")   // connection exception
                || state.startsWith("53")   // insufficient resources (disk full, too many connections)
                || state.startsWith("57")   // operator intervention: shutdown, crash, cancel
                || state.startsWith("40")   // serialization failure, deadlock
                || state.startsWith("55")   // object not in prerequisite state (lock not available)
                || state.startsWith("58");  // system error (I/O)
    }
}
