package io.callcenter.live;

import io.callcenter.live.wire.ServerMessage;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One browser connection and its send loop. Everything runs on the connection's event loop: each flush interval
 * {@link LiveFanout} hands it its audience's shared frame; a connection still writing the previous one coalesces
 * what arrives meanwhile in its own backlog, so a slow browser only ever delays (and costs) itself.
 */
final class LiveSession {

    static final int TOO_SLOW = 4008;
    static final int IDLE = 4001;
    static final int SESSION_ENDED = 4003;
    /** Deltas per frame (one frame per turn), so a large backlog never blocks the loop other connections share. */
    private static final int MAX_BATCH = 256;
    private static final Logger LOG = Logger.getLogger(LiveSession.class);

    private final WebSocketConnection connection;
    private final Vertx vertx;
    private final Context context;
    private final FrameSender sender;
    private final LiveConfig config;
    private final Visibility visibility;
    private final Function<Visibility, ServerMessage.Snapshot> snapshots;
    private final WireCodec codec;
    private final LiveMeters meters;
    /** The login session the upgrade was authenticated with; null when it had none. */
    private final Long loginSession;
    /** What a connection that keeps up sends next: the audience's frame as is (the common, cheap case). */
    private SharedFrame shared;
    /** What a connection that fell behind sends next, coalesced per object; empty while it keeps up. */
    private final PendingDeltas pending;
    private volatile boolean closed;
    private final Supplier<List<PendingDelta>> beyondMirror;
    private long seq;
    private long heartbeatTimer = -1;
    private long lastHeard = System.nanoTime();

    LiveSession(WebSocketConnection connection, Vertx vertx, LiveConfig config, Visibility visibility,
            Function<Visibility, ServerMessage.Snapshot> snapshots, Supplier<List<PendingDelta>> beyondMirror,
            WireCodec codec, LiveMeters meters, Long loginSession) {
        this.beyondMirror = beyondMirror;
        this.connection = connection;
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.sender = new FrameSender(connection, context, this::allWritten, this::failed);
        this.config = config;
        this.visibility = visibility;
        this.snapshots = snapshots;
        this.codec = codec;
        this.meters = meters;
        this.loginSession = loginSession;
        this.pending = new PendingDeltas(config.maxPending());
    }

    String id() {
        return connection.id();
    }

    Long loginSession() {
        return loginSession;
    }

    Visibility visibility() {
        return visibility;
    }

    /** The event loop's own context: {@link LiveFanout} sends one task per loop, not per connection. */
    ContextInternal loop() {
        return ((ContextInternal) context).unwrap();
    }

    /** On the event loop, once registered: starts heartbeats and sends the first snapshot. */
    void start() {
        heartbeatTimer = vertx.setPeriodic(config.heartbeatInterval().toMillis(), t -> tick());
        sendSnapshot();
    }

    /** On the event loop: this interval's deltas; sent at once unless the previous frame is still being written. */
    void deliver(SharedFrame frame) {
        if (closed) {
            return;
        }
        if (shared == null && pending.isEmpty()) {
            shared = frame;
        } else {
            if (shared != null) {
                backlog(shared);
                shared = null;
            }
            backlog(frame);
        }
        flush();
    }

    private void backlog(SharedFrame frame) {
        frame.items().forEach(pending::put);
        // no hard cap: the backlog holds one entry per object, so it cannot outgrow the mirror plus its removals
        if (pending.markOver(System.nanoTime())) {
            vertx.setTimer(config.slowCloseGrace().toMillis(), t -> checkSlow());
        }
    }

    /** The client asked for a fresh snapshot (it saw a gap): what was pending is in it, seq restarts. */
    void sendSnapshot() {
        shared = null;
        pending.clear();
        seq = 0;
        send(codec.encode(snapshots.apply(visibility)));
        // state that is not part of the mirror (agents, queues) follows the snapshot as deltas 1..n
        SharedFrame beyond = SharedFrame.of(beyondMirror.get(), visibility);
        if (!beyond.isEmpty()) {
            deliver(beyond);
        }
    }

    void pong(String pingId) {
        send(codec.encode(new ServerMessage.Pong(pingId, seq)));
    }

    void error(String reason) {
        send(codec.encode(new ServerMessage.ErrorMessage(reason)));
    }

    /** Any message from the client proves it alive. */
    void heard() {
        lastHeard = System.nanoTime();
    }

    private void flush() {
        if (closed || sender.busy()) {
            return; // the completed write calls flush again
        }
        if (shared != null) {
            // one frame for the whole interval: per-frame write and flush cost dominates with many connections
            send(WireCodec.deltasFrame(seq + 1, shared.json()));
            seq += shared.size();
            shared = null;
            return;
        }
        List<PendingDelta> batch = pending.drain(MAX_BATCH);
        if (!batch.isEmpty()) {
            send(WireCodec.deltasFrame(seq + 1, WireCodec.joined(batch)));
            seq += batch.size();
        }
    }

    private void send(String frame) {
        if (!closed) {
            sender.send(frame);
        }
    }

    private void allWritten() {
        if (shared != null || !pending.isEmpty()) {
            // a write may complete at once, inside flush itself: go through the event loop, never recurse
            context.runOnContext(v -> flush());
        }
    }

    private void failed(Throwable f) {
        if (!closed) {
            LOG.debugf("Live connection %s: send failed (%s), closing", id(), f.toString());
            close(1011, "send failed");
        }
    }

    private void tick() {
        long silent = System.nanoTime() - lastHeard;
        if (silent > config.clientIdleTimeout().toNanos()) {
            close(IDLE, "idle: no client message for " + config.clientIdleTimeout().toSeconds() + "s");
        } else if (!sender.busy()) {
            // a browser that cannot take a heartbeat gets none: it notices and reconnects
            send(codec.encode(new ServerMessage.Heartbeat(seq, Instant.now())));
        }
    }

    private void checkSlow() {
        if (pending.overFor(System.nanoTime()) >= config.slowCloseGrace().toNanos()) {
            close(TOO_SLOW, "too slow: resync");
        }
    }

    /** Closes the socket with a reason the client can show; the client reconnects and gets a snapshot. */
    void close(int code, String reason) {
        if (closed) {
            return;
        }
        stop();
        meters.closed(code);
        LOG.infof("Closing live connection %s: %s", id(), reason);
        connection.close(new CloseReason(code, reason)).subscribe().with(v -> {
        }, f -> LOG.debugf("Live connection %s: close failed (%s)", id(), f.toString()));
    }

    /** Any thread: closes on the connection's event loop, like every other close. */
    void closeSoon(int code, String reason) {
        context.runOnContext(v -> close(code, reason));
    }

    /** The socket is closed (by either side): no more sends, timers cancelled, backlog dropped. */
    void stop() {
        closed = true;
        shared = null;
        pending.clear();
        if (heartbeatTimer >= 0) {
            vertx.cancelTimer(heartbeatTimer);
        }
    }
}
