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
 * {@link LiveFanout} hands it its audience's shared frame, written at once behind the frames still in the socket's
 * outbound buffer; a connection whose buffer is full coalesces what arrives meanwhile in its own backlog, so a slow
 * browser only ever delays (and costs) itself.
 */
final class LiveSession {

    static final int TOO_SLOW = 4008;
    static final int IDLE = 4001;
    static final int SESSION_ENDED = 4003;
    /** Deltas per backlog frame (one frame per turn), so a large backlog never blocks the loop others share. */
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
    /** What a connection that fell behind sends next, coalesced per object; empty while it keeps up. */
    private final PendingDeltas pending;
    private volatile boolean closed;
    /** The audience whose frames it gets, once started; read on the event loop only. */
    private Audience audience;
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
        this.sender = new FrameSender(connection);
        sender.onDrained(v -> flushBacklog()); // now, while the socket is surely open
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

    /** What this connection sees; connections whose visibilities are equal share their frames. */
    Visibility visibility() {
        return visibility instanceof DeferredVisibility d ? d.current() : visibility;
    }

    Audience audience() {
        return audience;
    }

    void joined(Audience audience) {
        this.audience = audience;
    }

    boolean isClosed() {
        return closed;
    }

    /** The event loop's own context: its {@link LoopSessions} flushes all of the loop's connections in one go. */
    ContextInternal loop() {
        return ((ContextInternal) context).unwrap();
    }

    /** On the event loop, once registered: starts heartbeats and sends the first snapshot. */
    void start() {
        if (closed) {
            return; // the browser left while the audience was decided
        }
        heartbeatTimer = vertx.setPeriodic(config.heartbeatInterval().toMillis(), t -> tick());
        sendSnapshot();
    }

    /**
     * On the event loop: this interval's deltas, written at once as the audience's shared bytes (the common, cheap
     * case) unless the outbound buffer is full or a backlog waits (then they join the backlog, coalesced).
     */
    void deliver(SharedFrame frame) {
        if (closed) {
            return;
        }
        if (pending.isEmpty() && !sender.full()) {
            sender.deltas(seq + 1, frame);
            seq += frame.size();
            return;
        }
        backlog(frame);
        flushBacklog();
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

    /** One backlog frame per turn while the outbound buffer has room; the drain handler calls it again. */
    private void flushBacklog() {
        if (closed || pending.isEmpty() || sender.full()) {
            return;
        }
        List<PendingDelta> batch = pending.drain(MAX_BATCH);
        sender.deltas(seq + 1, WireCodec.deltasBody(batch));
        seq += batch.size();
        if (!pending.isEmpty()) {
            context.runOnContext(v -> flushBacklog());
        }
    }

    private void send(String message) {
        if (!closed) {
            sender.text(message);
        }
    }

    private void tick() {
        long silent = System.nanoTime() - lastHeard;
        if (silent > config.clientIdleTimeout().toNanos()) {
            close(IDLE, "idle: no client message for " + config.clientIdleTimeout().toSeconds() + "s");
        } else if (!sender.full()) {
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
        pending.clear();
        if (heartbeatTimer >= 0) {
            vertx.cancelTimer(heartbeatTimer);
        }
    }
}
