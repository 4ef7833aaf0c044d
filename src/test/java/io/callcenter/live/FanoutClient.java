package io.callcenter.live;

import io.callcenter.testsupport.TestLogin;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One load-test browser on {@code /api/live}: authenticates with a session cookie, checks seq (gap → resync),
 * pings, and times every delta against the frame the fake Asterisk pushed (see {@link FanoutProbe}). Reads frames
 * as text without decoding their JSON, so the load tool spends as little CPU as it can. Runs on its event loop.
 */
final class FanoutClient {

    private static final String DELTA = "{\"type\":\"delta\",\"seq\":";
    private static final String CHANGE = ",\"change\":";
    private static final String SEQ = "\"seq\":";

    /** Latencies of all clients: from the oldest change folded into a delta, and from the delivered state. */
    record Meters(LatencyHistogram oldest, LatencyHistogram delivered, int firstMeasuredFrame) {
    }

    private final FanoutProbe probe;
    private final Meters meters;
    private final Map<FanoutProbe.History, Integer> seen = new HashMap<>();
    /** Deltas not yet matched (the probe may learn a state a moment after the server sent it): hash, time. */
    private final ArrayDeque<long[]> unmatched = new ArrayDeque<>();
    private WebSocket ws;
    private Context context;
    private long seq;
    private boolean awaitingSnapshot = true;
    volatile long threadId;
    volatile int snapshots;
    private long deltas;
    private long removals;
    private long gaps;
    private volatile Short closeCode;

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
            socket.textMessageHandler(this::received);
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
            long calls = seen.keySet().stream().filter(FanoutProbe.History::call).count();
            summary.complete(new Summary(deltas, removals, gaps, unmatched.size(), calls, closeCode));
        });
        return summary.future();
    }

    private void received(String text) {
        long now = System.nanoTime();
        if (text.startsWith(DELTA)) {
            int comma = text.indexOf(',', DELTA.length());
            long n = Long.parseLong(text, DELTA.length(), comma, 10);
            if (awaitingSnapshot) {
                return;
            }
            if (n != seq + 1) {
                gap();
                return;
            }
            seq = n;
            deltas++;
            int from = comma + CHANGE.length();
            unmatched.add(new long[] {FanoutProbe.hash(text, from, text.length() - 1), now});
            match();
        } else if (text.startsWith("{\"type\":\"snapshot\"")) {
            seq = 0;
            awaitingSnapshot = false;
            snapshots++;
        } else if (!awaitingSnapshot && (text.startsWith("{\"type\":\"heartbeat\"")
                || text.startsWith("{\"type\":\"pong\""))) {
            int at = text.indexOf(SEQ) + SEQ.length();
            int end = at;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (Long.parseLong(text, at, end, 10) != seq) {
                gap();
            }
        }
    }

    /** A missed delta: ask for a fresh snapshot, as a browser does (measured latencies go on from there). */
    private void gap() {
        gaps++;
        awaitingSnapshot = true;
        seen.clear();
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
                int last = seen.getOrDefault(s.history(), -1);
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
                int oldestFrame = h.frame(seen.getOrDefault(h, -1) + 1);
                meters.oldest().record(next[1] - probe.sentAt(oldestFrame));
                meters.delivered().record(next[1] - probe.sentAt(deliveredFrame));
            }
            if (state.removal()) {
                removals++;
                seen.remove(h);
            } else {
                seen.put(h, state.index());
            }
        }
    }
}
