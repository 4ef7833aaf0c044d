package io.callcenter.live;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The load process's copy of what {@link FanoutProbe} learns in the server's JVM (JDK only): for each delta state,
 * by the hash of its exact JSON, which object it belongs to, its place in that object's history and when the
 * fake Asterisk pushed the frame that produced it. Fed line by line over the process's standard input (main
 * thread); read without locks by the selector threads: every array is filled before the volatile write that
 * publishes its new length, and an array once replaced still holds what it held.
 */
final class LoadOracle {

    /** The states one object went through, in order: the frame that produced each and when it was pushed. */
    static final class History {
        final int id;
        final boolean call;
        final String key;
        private volatile int[] frames = new int[8];
        private volatile long[] sentAt = new long[8];
        private volatile boolean[] removal = new boolean[8];
        private int size;

        History(int id, boolean call, String key) {
            this.id = id;
            this.call = call;
            this.key = key;
        }

        void add(int index, int frame, long sent, boolean removed) {
            if (index != size) {
                throw new IllegalStateException("state " + index + " of object " + id + " after " + size);
            }
            int[] f = frames;
            long[] t = sentAt;
            boolean[] r = removal;
            if (size == f.length) {
                f = Arrays.copyOf(f, size * 2);
                t = Arrays.copyOf(t, size * 2);
                r = Arrays.copyOf(r, size * 2);
            }
            f[size] = frame;
            t[size] = sent;
            r[size++] = removed;
            frames = f; // volatile writes after the element writes publish them
            sentAt = t;
            removal = r;
        }

        int frame(int state) {
            return frames[state];
        }

        long sentAt(int state) {
            return sentAt[state];
        }

        boolean removal(int state) {
            return removal[state];
        }
    }

    /**
     * The states of one object that share one JSON, in the order it went through them (an object can go A, B, A:
     * a trunk's device state does so thousands of times a run, so clients search these, never scan them); another
     * object whose JSON has the same hash (never seen, but possible) chains on {@link #next}.
     */
    static final class Same {
        final History history;
        private volatile int[] indices = new int[4];
        private volatile int size;
        private volatile Same next;

        Same(History history) {
            this.history = history;
        }

        void add(int index) {
            int[] a = indices;
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size] = index;
            indices = a;
            size = size + 1; // only the main thread writes
        }

        Same next() {
            return next;
        }

        /**
         * The latest state after {@code last} pushed at or before {@code readAt} (the server sends an object's latest
         * state); else the earliest state after {@code last}, negated minus 1; {@code Integer.MIN_VALUE} when none.
         */
        int pick(int last, long readAt) {
            int n = size;
            int[] a = indices;
            int lo = 0;
            int hi = n;
            while (lo < hi) { // the first position whose state is after last
                int mid = (lo + hi) >>> 1;
                if (a[mid] > last) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo == n) {
                return Integer.MIN_VALUE;
            }
            int first = lo;
            int best = -1;
            hi = n - 1;
            while (lo <= hi) { // push times grow with the state index
                int mid = (lo + hi) >>> 1;
                if (history.sentAt(a[mid]) <= readAt) {
                    best = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best >= 0 ? a[best] : -a[first] - 1;
        }
    }

    private final ConcurrentHashMap<Integer, History> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Same> byHash = new ConcurrentHashMap<>();

    /** A line of {@link FanoutProbe#line}: {@code S hash id index frame sentAt removal call key}. */
    void learn(String[] f) {
        long hash = Long.parseLong(f[1]);
        int id = Integer.parseInt(f[2]);
        int index = Integer.parseInt(f[3]);
        History h = byId.computeIfAbsent(id, k -> new History(k, "1".equals(f[7]), f[8]));
        h.add(index, Integer.parseInt(f[4]), Long.parseLong(f[5]), "1".equals(f[6]));
        Same same = byHash.get(hash);
        if (same == null) {
            same = new Same(h);
            same.add(index);
            byHash.put(hash, same); // published whole: a reader never sees an empty one
            return;
        }
        while (same.history != h && same.next != null) {
            same = same.next;
        }
        if (same.history == h) {
            same.add(index);
        } else {
            Same other = new Same(h);
            other.add(index);
            same.next = other;
        }
    }

    /** The states whose JSON has this hash (usually of one object), or null when not (yet) learnt. */
    Same states(long hash) {
        return byHash.get(hash);
    }

    History history(int id) {
        return byId.get(id);
    }
}
