package io.callcenter.originate;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Originate records in PostgreSQL ({@code originate_call}). Saves run on one thread of their own, in the order they
 * were asked for, so neither the mirror's dispatch thread nor a request ever waits for the database.
 */
@ApplicationScoped
class OriginateStore {

    private static final Logger LOG = Logger.getLogger(OriginateStore.class);
    private static final String UPSERT = """
            insert into originate_call (id, server, endpoint, channel_id, caller_id, context, extension, priority,
                timeout_seconds, requested_by, status, message, cause, cause_txt, ari_status, duration_seconds,
                started_at, answered_at, ended_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            on conflict (id) do update set status = excluded.status, message = excluded.message,
                cause = excluded.cause, cause_txt = excluded.cause_txt, ari_status = excluded.ari_status,
                duration_seconds = excluded.duration_seconds, answered_at = excluded.answered_at,
                ended_at = excluded.ended_at, updated_at = now()""";
    /** For a record ended from history: a final state the following instance already saved is its to keep. */
    private static final String UPSERT_UNFINISHED = UPSERT + " where originate_call.status in ('dialing', 'up')";
    private static final String SELECT = """
            select id, server, endpoint, channel_id, caller_id, context, extension, priority, timeout_seconds,
                requested_by, status, message, cause, cause_txt, ari_status, duration_seconds, started_at,
                answered_at, ended_at from originate_call where id = ?""";

    private static final String CHANNEL_END = """
            select answered, destroyed, cause, cause_txt, close_reason from channel_history
            where asterisk_id = ? and channel_id = ? and destroyed is not null""";

    /** How the history closed an originated channel; {@code vanished}: it was gone after a reconnect, cause unknown. */
    record ChannelEnd(Instant answered, Instant destroyed, Integer cause, String causeTxt, boolean vanished) {
    }

    private final AgroalDataSource dataSource;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "originate-store");
        t.setDaemon(true);
        return t;
    });

    OriginateStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Queues a save of the originate's current state; a final state saved marks it droppable from memory. */
    void save(Origination o) {
        save(o, UPSERT);
    }

    /**
     * Queues a save of a record ended from its channel's history, unless a final state is stored already: with
     * several instances, one that still follows the call (and knows, e.g., that its continue was refused) wins.
     */
    void saveIfUnfinished(Origination o) {
        save(o, UPSERT_UNFINISHED);
    }

    private void save(Origination o, String sql) {
        writer.execute(() -> {
            OriginateRecord r = o.view();
            try {
                upsert(r, sql);
                if (r.status().isFinal()) {
                    o.markSaved();
                }
            } catch (SQLException e) {
                // not marked saved: the memory copy is then never dropped, so GET keeps answering from memory
                LOG.errorf(e, "Originate %s (%s) not saved to PostgreSQL", r.id(), r.status().wire());
            }
        });
    }

    /** The stored record (blocking: call from a worker thread). */
    Optional<OriginateRecord> find(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading originate " + id + " failed", e);
        }
    }

    /** The history's end of a channel, if it ended (blocking: call from a worker thread). */
    Optional<ChannelEnd> channelEnd(String asteriskId, String channelId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CHANNEL_END)) {
            ps.setString(1, asteriskId);
            ps.setString(2, channelId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ChannelEnd(instant(rs, "answered"), instant(rs, "destroyed"),
                        rs.getObject("cause", Integer.class), rs.getString("cause_txt"),
                        !"destroyed".equals(rs.getString("close_reason")))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the history of channel " + channelId + " failed", e);
        }
    }

    private void upsert(OriginateRecord r, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, r.id());
            ps.setString(2, r.server());
            ps.setString(3, r.endpoint());
            ps.setString(4, r.channelId());
            ps.setString(5, r.callerId());
            ps.setString(6, r.context());
            ps.setString(7, r.extension());
            ps.setInt(8, r.priority());
            ps.setInt(9, r.timeout());
            ps.setString(10, r.requestedBy());
            ps.setString(11, r.status().wire());
            ps.setString(12, r.message() == null || r.message().length() <= 500 ? r.message() : r.message().substring(0, 500));
            ps.setObject(13, r.cause(), Types.INTEGER);
            ps.setString(14, r.causeTxt());
            ps.setObject(15, r.ariStatus(), Types.INTEGER);
            ps.setObject(16, r.durationSeconds(), Types.BIGINT);
            ps.setTimestamp(17, ts(r.startedAt()));
            ps.setTimestamp(18, ts(r.answeredAt()));
            ps.setTimestamp(19, ts(r.endedAt()));
            ps.executeUpdate();
        }
    }

    private static OriginateRecord read(ResultSet rs) throws SQLException {
        return new OriginateRecord(rs.getObject("id", UUID.class), rs.getString("server"), rs.getString("endpoint"),
                rs.getString("channel_id"), rs.getString("caller_id"), rs.getString("context"), rs.getString("extension"),
                rs.getInt("priority"), rs.getInt("timeout_seconds"), rs.getString("requested_by"),
                OriginateStatus.ofWire(rs.getString("status")), rs.getString("message"), rs.getObject("cause", Integer.class),
                rs.getString("cause_txt"), rs.getObject("ari_status", Integer.class),
                rs.getObject("duration_seconds", Long.class), instant(rs, "started_at"), instant(rs, "answered_at"),
                instant(rs, "ended_at"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
    }
}
