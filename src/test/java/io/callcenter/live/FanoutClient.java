package io.callcenter.live;

import io.callcenter.testsupport.TestLogin;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.buffer.Buffer;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * One load-test browser on {@code /api/live}: authenticates with a session cookie, checks seq (gap → resync),
 * pings, and times every delta against the frame the fake Asterisk pushed (see {@link FanoutProbe}). Reads frames
 * as bytes without decoding UTF-8 or JSON (one pass per change finds its end and hashes it), so the load tool
 * spends as little CPU as it can. Runs on its event loop.
 */
final class FanoutClient {

    private static final byte[] DELTAS = ascii("{\"type\":\"deltas\",\"first\":");
    private static final byte[] CHANGES = ascii(",\"changes\":[");
    private static final byte[] SNAPSHOT = ascii("{\"type\":\"snapshot\"");
    private static final byte[] HEARTBEAT = ascii("{\"type\":\"heartbeat\"");
    private static final byte[] PONG = ascii("{\"type\":\"pong\"");
    private static final byte[] SEQ = ascii("\"seq\":");

    /** Latencies of all clients: from the oldest change folded into a delta, and from the delivered state. */
    record Meters(LatencyHistogram oldest, LatencyHistogram delivered, int firstMeasuredFrame) {
    }

    private final FanoutProbe probe;
    private final Meters meters;
    /** Per object ({@link FanoutProbe.History#id}): 1 + the index of the last state applied; 0 = not shown. */
    private int[] seen = new int[1024];
    /** Deltas not yet matched (the probe may learn a state a moment after the server sent it): hash, time. */
    private final ArrayDeque<long[]> unmatched = new ArrayDeque<>();
    private WebSocket ws;
    /** The fragments so far of a message split over several frames (a large snapshot or burst). */
    private Buffer partial;
    private Context context;
    private long seq;
    private boolean awaitingSnapshot = true;
    volatile long threadId;
    volatile int snapshots;
    private long deltas;
    private long removals;
    private long gaps;
    private volatile Short closeCode;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    FanoutClient(FanoutProbe probe, Meters meters) {
        this.probe = probe;
        this.meters = meters;
    }

    /** What a client saw, read on its own event loop. */
    record Summary(long deltas, long removals, long gaps, int unmatched, long openCalls, Short closeCode) {
    }

    /** Opens the socket; the client then pings every {@code pingMs} (browsers ping within half the idle timeout). */
    Future<WebSocket> connect(Vertx vertx, WebSocketClient client, URI uri, String sessionCookie, long pingMs) {
        WebSocketConnectOptions to = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getPath()).addHeader("Cookie", TestLogin.SESSION_COOKIE + "=" + sessionCookie);
        return client.connect(to).onSuccess(socket -> {
            ws = socket;
            context = vertx.getOrCreateContext();
            threadId = Thread.currentThread().getId();
            socket.frameHandler(this::frame);
            long pings = vertx.setPeriodic(pingMs, t -> socket.writeTextMessage("{\"type\":\"ping\"}"));
            socket.closeHandler(v -> {
                closeCode = socket.closeStatusCode();
                vertx.cancelTimer(pings);
            });
        });
    }

    /** Matches what is left, then sums up, on the client's event loop. */
    Future<Summary> summary() {
        Promise<Summary> summary = Promise.promise();
        context.runOnContext(v -> {
            match();
            long calls = 0;
            for (int id = 0; id < seen.length; id++) {
                if (seen[id] > 0 && probe.history(id).call()) {
                    calls++;
                }
            }
            summary.complete(new Summary(deltas, removals, gaps, unmatched.size(), calls, closeCode));
        });
        return summary.future();
    }

    /** Text frames as bytes (no UTF-8 decoding: the load tool must cost little); a fragmented message is joined. */
    private void frame(WebSocketFrame frame) {
        if (frame.type() != WebSocketFrameType.TEXT && frame.type() != WebSocketFrameType.CONTINUATION) {
            return;
        }
        long now = System.nanoTime();
        Buffer data = frame.binaryData();
        if (partial == null && frame.isFinal()) {
            received(data.getByteBuf(), now);
            return;
        }
        partial = partial == null ? Buffer.buffer().appendBuffer(data) : partial.appendBuffer(data);
        if (frame.isFinal()) {
            Buffer whole = partial;
            partial = null;
            received(whole.getByteBuf(), now);
        }
    }

    private void received(ByteBuf buf, long now) {
        byte[] b;
        int from;
        int end;
        if (buf.hasArray()) {
            b = buf.array();
            from = buf.arrayOffset() + buf.readerIndex();
        } else {
            b = new byte[buf.readableBytes()];
            buf.getBytes(buf.readerIndex(), b);
            from = 0;
        }
        end = from + buf.readableBytes();
        if (startsWith(b, from, end, DELTAS)) {
            int at = from + DELTAS.length;
            long n = 0;
            while (b[at] != ',') {
                n = n * 10 + (b[at++] - '0');
            }
            if (awaitingSnapshot) {
                return;
            }
            if (n != seq + 1) {
                gap();
                return;
            }
            at += CHANGES.length;
            while (at < end && b[at] == '{') {
                at = item(b, at, now);
                seq++;
                deltas++;
                at++; // past the comma (or onto the closing bracket)
            }
            match();
        } else if (startsWith(b, from, end, SNAPSHOT)) {
            seq = 0;
            awaitingSnapshot = false;
            snapshots++;
        } else if (!awaitingSnapshot && (startsWith(b, from, end, HEARTBEAT) || startsWith(b, from, end, PONG))) {
            int at = indexOf(b, from, end, SEQ) + SEQ.length;
            long n = 0;
            while (at < end && b[at] >= '0' && b[at] <= '9') {
                n = n * 10 + (b[at++] - '0');
            }
            if (n != seq) {
                gap();
            }
        }
    }

    /**
     * One change of a {@code deltas} frame starting at {@code from}: finds its end (strings and escapes skipped)
     * and hashes its bytes in the same pass ({@link FanoutProbe#hash}); returns where it ends (exclusive).
     */
    private int item(byte[] s, int from, long now) {
        long h = FanoutProbe.SEED;
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length; i++) {
            byte c = s[i];
            h = 31 * h + c;
            if (inString) {
                if (c == '\\') {
                    h = 31 * h + s[++i];
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                unmatched.add(new long[] {h, now});
                return i + 1;
            }
        }
        throw new IllegalStateException("unterminated JSON object in a deltas frame");
    }

    /** The index of the last state of {@code h} this client applied, -1 when it shows none. */
    private int last(FanoutProbe.History h) {
        if (h.id >= seen.length) {
            seen = Arrays.copyOf(seen, Math.max(h.id + 1, seen.length * 2));
        }
        return seen[h.id] - 1;
    }

    private static boolean startsWith(byte[] b, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int end, byte[] what) {
        for (int i = from; i + what.length <= end; i++) {
            if (startsWith(b, i, end, what)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + new String(what, StandardCharsets.US_ASCII) + " in a message");
    }

    /** A missed delta: ask for a fresh snapshot, as a browser does (measured latencies go on from there). */
    private void gap() {
        gaps++;
        awaitingSnapshot = true;
        Arrays.fill(seen, 0);
        unmatched.clear();
        ws.writeTextMessage("{\"type\":\"resync\"}");
    }

    /** Matches waiting deltas, in order, to the states the probe knows; records their latency. */
    private void match() {
        while (!unmatched.isEmpty()) {
            long[] next = unmatched.peek();
            List<FanoutProbe.State> states = probe.states(next[0]);
            if (states == null) {
                return;
            }
            FanoutProbe.State state = null;
            for (FanoutProbe.State s : states) {
                int last = last(s.history());
                if (s.index() > last && (state == null || s.index() < state.index())) {
                    state = s;
                }
            }
            if (state == null) {
                return; // the same JSON again: the probe has not recorded this newer state yet
            }
            unmatched.poll();
            FanoutProbe.History h = state.history();
            int deliveredFrame = h.frame(state.index());
            if (deliveredFrame >= meters.firstMeasuredFrame()) {
                int oldestFrame = h.frame(last(h) + 1);
                meters.oldest().record(next[1] - probe.sentAt(oldestFrame));
                meters.delivered().record(next[1] - probe.sentAt(deliveredFrame));
            }
            if (state.removal()) {
                removals++;
                seen[h.id] = 0;
            } else {
                seen[h.id] = state.index() + 1;
            }
        }
    }
}
