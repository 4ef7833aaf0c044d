package io.callcenter.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One load-test browser on {@code /api/live} in the load process (JDK only): checks seq (gap → resync, as the
 * browser does), pings, and times every delta against the frame the fake Asterisk pushed ({@link LoadOracle}).
 * Reads messages as bytes without decoding UTF-8 or JSON: finds where each change ends and hashes it. Used
 * only by its selector thread.
 */
final class LeanLiveClient implements LeanSocket.Handler {

    private static final byte[] DELTAS = ascii("{\"type\":\"deltas\",\"first\":");
    private static final byte[] CHANGES = ascii(",\"changes\":[");
    private static final byte[] SNAPSHOT = ascii("{\"type\":\"snapshot\"");
    private static final byte[] HEARTBEAT = ascii("{\"type\":\"heartbeat\"");
    private static final byte[] PONG = ascii("{\"type\":\"pong\"");
    private static final byte[] SEQ = ascii("\"seq\":");

    /**
     * Latencies of all clients: from the oldest change folded into a delta, and from the delivered state; and the
     * worst latency of each second of the window (when the tail happens tells what caused it).
     */
    record Meters(LatencyHistogram oldest, LatencyHistogram delivered, AtomicInteger firstMeasured, AtomicLong origin,
            AtomicLongArray worst) {

        Meters(int firstMeasuredFrame) {
            this(new LatencyHistogram(), new LatencyHistogram(), new AtomicInteger(firstMeasuredFrame),
                    new AtomicLong(), new AtomicLongArray(600));
        }

        /** Deltas whose oldest change is of this frame or later are measured (set once the warm-up is over). */
        int firstMeasuredFrame() {
            return firstMeasured.get();
        }

        void record(long oldestNanos, long deliveredNanos, long now) {
            oldest.record(oldestNanos);
            delivered.record(deliveredNanos);
            if (origin.get() == 0) {
                origin.compareAndSet(0, now); // read first: a CAS per sample would bounce the line between loops
            }
            int second = (int) Math.min(worst.length() - 1, Math.max(0, (now - origin.get()) / 1_000_000_000L));
            if (oldestNanos > worst.get(second)) {
                worst.accumulateAndGet(second, oldestNanos, Math::max);
            }
        }

        /** {@code Z} and the worst latency in ms of each second of the window. */
        String worstLine() {
            StringBuilder b = new StringBuilder("Z");
            for (int i = 0; i < worst.length() && worst.get(i) > 0; i++) {
                b.append(' ').append(worst.get(i) / 1_000_000);
            }
            return b.toString();
        }
    }

    private static final AtomicLong LATE = new AtomicLong();
    /**
     * Objects a run shows (~6,000 at 500 events/s for 90 s), sized at once: growing 1,000 clients' arrays during
     * the window would fill the young generation and stop every client for a copying collection.
     */
    private static final int OBJECTS = 8192;
    final LeanSocket socket;
    private final LoadOracle oracle;
    private final Meters meters;
    /** Per object ({@link LoadOracle.History#id}): 1 + the index of the last state applied; 0 = not shown. */
    private int[] seen = new int[OBJECTS];
    /** Per object: the hash of the state applied last (valid while {@link #seen} is not 0). */
    private long[] shown = new long[OBJECTS];
    /** Deltas not yet matched (the oracle may learn a state a moment after the server sent it): hash, time. */
    private final PendingReads unmatched = new PendingReads();
    private long seq;
    private boolean awaitingSnapshot = true;
    volatile int snapshots;
    private long deltas;
    private long removals;
    private long gaps;
    private long untimed;
    /** This client's worst latency in the window, ns. */
    private long worst;
    long nextPing;

    LeanLiveClient(LeanSocket socket, LoadOracle oracle, Meters meters) {
        this.socket = socket;
        this.oracle = oracle;
        this.meters = meters;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** What the client saw, as one line: deltas removals gaps unmatched openCalls closeCode worstMs untimed. */
    String summary() {
        match();
        long calls = 0;
        for (int id = 0; id < seen.length; id++) {
            if (seen[id] > 0 && oracle.history(id).call) {
                calls++;
            }
        }
        Short code = socket.closeCode();
        return deltas + " " + removals + " " + gaps + " " + unmatched.size() + " " + calls + " "
                + (code == null ? "-" : code.toString()) + " " + worst / 1_000_000 + " " + untimed;
    }

    void ping() throws IOException {
        socket.text("{\"type\":\"ping\"}");
    }

    @Override
    public void text(byte[] b, int from, int end, long now) {
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
                at = item(b, at, end, now);
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
     * One change starting at {@code from}: its end is the next {@code },{"kind":"} or the frame's closing
     * {@code ]}} (a quote inside a JSON string is escaped, so that cannot occur inside a change unless a nested
     * object starts with a "kind": its hash would then match nothing, and the benchmark reports it unmatched).
     */
    private int item(byte[] s, int from, int end, long now) {
        int close = end - 2; // the frame ends with "]}"
        int boundary = ChangeScan.next(s, from, close);
        unmatched.add(DeltaHash.of(s, from, boundary), now);
        return boundary;
    }

    private int last(LoadOracle.History h) {
        if (h.id >= seen.length) {
            seen = Arrays.copyOf(seen, Math.max(h.id + 1, seen.length * 2));
            shown = Arrays.copyOf(shown, seen.length);
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
        try {
            socket.text("{\"type\":\"resync\"}");
        } catch (IOException e) {
            throw new IllegalStateException("cannot ask for a resync", e);
        }
    }

    /** Matches waiting deltas, in order, to the states the oracle knows; records their latency. */
    void match() {
        while (!unmatched.isEmpty()) {
            long nextHash = unmatched.hash();
            long nextTime = unmatched.time();
            LoadOracle.Same states = oracle.states(nextHash);
            if (states == null) {
                return;
            }
            // the server sends an object's latest state: of the learnt states with this JSON, the latest one pushed
            // before the delta was read (an object can go A, B, A within one interval; taking the oldest A would
            // let the client's idea of it drift ever further behind); the oldest when none qualifies
            LoadOracle.History stateOf = null;
            int state = -1;
            LoadOracle.History oldestOf = null;
            int oldest = Integer.MAX_VALUE;
            for (LoadOracle.Same same = states; same != null; same = same.next()) {
                int picked = same.pick(last(same.history), nextTime);
                if (picked >= 0 && picked > state) {
                    stateOf = same.history;
                    state = picked;
                } else if (picked != Integer.MIN_VALUE && picked < 0 && -picked - 1 < oldest) {
                    oldestOf = same.history;
                    oldest = -picked - 1;
                }
            }
            if (stateOf == null && oldestOf != null) {
                stateOf = oldestOf;
                state = oldest;
            }
            if (stateOf == null) {
                LoadOracle.History h = states.history;
                if (last(h) >= 0 && shown[h.id] == nextHash) {
                    // this client already shows this state (the probe learns only changes; or it was matched to
                    // its latest identical state already)
                    unmatched.poll();
                    continue;
                }
                if (System.nanoTime() - nextTime > 1_000_000_000L) {
                    // not learnt within a second (the oracle learns in ms): its state was taken for an identical
                    // later one already; not timed, counted
                    unmatched.poll();
                    untimed++;
                    continue;
                }
                return; // the same JSON again: the oracle has not learnt this newer state yet
            }
            unmatched.poll();
            LoadOracle.History h = stateOf;
            if (h.frame(state) >= meters.firstMeasuredFrame()) {
                long latency = nextTime - h.sentAt(last(h) + 1);
                worst = Math.max(worst, latency);
                if (latency > 1_000_000_000L && LATE.getAndIncrement() < 20) {
                    // which deltas are late tells why: logged to the load process's log (target/fanout-load.log)
                    System.err.printf("late %d ms: %s state %d (frame %d), last applied %d, frame %d of it%n",
                            latency / 1_000_000, h.key, state, h.frame(state), last(h),
                            last(h) >= 0 ? h.frame(last(h)) : -1);
                }
                meters.record(latency, nextTime - h.sentAt(state), nextTime);
            }
            if (h.removal(state)) {
                removals++;
                seen[h.id] = 0;
            } else {
                seen[h.id] = state + 1;
                shown[h.id] = nextHash;
            }
        }
    }
}
