package io.callcenter.live;

import io.callcenter.live.wire.ServerMessage;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One browser connection: its coalescing backlog and its own send loop. Everything but {@link #offer} runs on the
 * connection's event loop, so a slow browser only ever delays itself.
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
    /** The user of the upgrade; deltas addressed to someone else never reach this connection. */
    private final String username;
    private final PendingDeltas pending;
    /** True while a flush is scheduled, waiting for its interval, or waiting for a send to complete. */
    private final AtomicBoolean armed = new AtomicBoolean();
    private volatile boolean closed;
    private final Supplier<List<PendingDelta>> beyondMirror;
    private long seq;
    private long lastFlush;
    private long heartbeatTimer = -1;
    private boolean timerSet;
    private long lastHeard = System.nanoTime();

    LiveSession(WebSocketConnection connection, Vertx vertx, LiveConfig config, Visibility visibility,
            Function<Visibility, ServerMessage.Snapshot> snapshots, Supplier<List<PendingDelta>> beyondMirror,
            WireCodec codec, LiveMeters meters, Long loginSession, String username) {
        this.username = username;
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
        this.lastFlush = System.nanoTime() - config.flushInterval().toNanos();
    }

    String id() {
        return connection.id();
    }

    Long loginSession() {
        return loginSession;
    }

    /** On the event loop, once registered: starts heartbeats and sends the first snapshot. */
    void start() {
        heartbeatTimer = vertx.setPeriodic(config.heartbeatInterval().toMillis(), t -> tick());
        sendSnapshot();
    }

    /** Any thread (the ARI dispatch thread): queues a delta and returns at once. */
    void offer(PendingDelta d) {
        String to = d.delta().addressedTo();
        if (closed || to != null && !to.equals(username) || !visibility.sees(d.delta())) {
            return;
        }
        // no hard cap: the backlog holds one entry per object, so it cannot outgrow the mirror plus its removals
        if (pending.put(d) > config.maxPending() && pending.markOver(System.nanoTime())) {
            context.runOnContext(v -> vertx.setTimer(config.slowCloseGrace().toMillis(), t -> checkSlow()));
        }
        if (armed.compareAndSet(false, true)) {
            context.runOnContext(v -> flush());
        }
    }

    /** The client asked for a fresh snapshot (it saw a gap): what was pending is in it, seq restarts. */
    void sendSnapshot() {
        pending.clear();
        seq = 0;
        send(codec.encode(snapshots.apply(visibility)));
        // state that is not part of the mirror (agents, queues) follows the snapshot as deltas 1..n
        beyondMirror.get().forEach(this::offer);
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
        if (closed || sender.busy() || timerSet) {
            return; // still armed: the last completed send, or the timer, calls flush again
        }
        long wait = lastFlush + config.flushInterval().toNanos() - System.nanoTime();
        if (wait > 0) {
            timerSet = true;
            vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), t -> {
                timerSet = false;
                flush();
            });
            return;
        }
        List<PendingDelta> batch = pending.drain(MAX_BATCH);
        if (batch.isEmpty()) {
            armed.set(false);
            // an offer may have found us still armed just before: look once more
            if (!pending.isEmpty() && armed.compareAndSet(false, true)) {
                flush();
            }
            return;
        }
        if (pending.isEmpty()) {
            lastFlush = System.nanoTime(); // a backlog left over goes on as soon as this batch is written
        }
        // one frame for the whole batch: per-frame write and flush cost dominates with many connections
        send(WireCodec.deltasFrame(seq + 1, batch));
        seq += batch.size();
    }

    private void send(String frame) {
        if (!closed) {
            sender.send(frame);
        }
    }

    private void allWritten() {
        if (armed.get()) {
            // a write may complete at once, inside flush's own loop: go through the event loop, never recurse
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
        pending.clear();
        if (heartbeatTimer >= 0) {
            vertx.cancelTimer(heartbeatTimer);
        }
    }
}
