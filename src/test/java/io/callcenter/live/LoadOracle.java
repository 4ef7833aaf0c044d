package io.callcenter.live;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The load process's copy of what {@link FanoutProbe} learns in the server's JVM (JDK only): for each delta state,
 * by the hash of its exact JSON, which object it belongs to, its place in that object's history and when the
 * fake Asterisk pushed the frame that produced it. Fed line by line over the process's standard input.
 */
final class LoadOracle {

    /** The states one object went through, in order: the frame that produced each and when it was pushed. */
    static final class History {
        final int id;
        final boolean call;
        final String key;
        private int[] frames = new int[8];
        private long[] sentAt = new long[8];
        private int size;

        History(int id, boolean call, String key) {
            this.id = id;
            this.call = call;
            this.key = key;
        }

        synchronized void add(int index, int frame, long sent) {
            if (index != size) {
                throw new IllegalStateException("state " + index + " of object " + id + " after " + size);
            }
            if (size == frames.length) {
                frames = Arrays.copyOf(frames, size * 2);
                sentAt = Arrays.copyOf(sentAt, size * 2);
            }
            frames[size] = frame;
            sentAt[size++] = sent;
        }

        synchronized int frame(int state) {
            return frames[state];
        }

        synchronized long sentAt(int state) {
            return sentAt[state];
        }
    }

    /** One state of one object: which history, and its position in it. */
    record State(History history, int index, boolean removal) {
    }

    private final ConcurrentHashMap<Integer, History> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, List<State>> byHash = new ConcurrentHashMap<>();

    /** A line of {@link FanoutProbe#line}: {@code S hash id index frame sentAt removal call key}. */
    void learn(String[] f) {
        long hash = Long.parseLong(f[1]);
        int id = Integer.parseInt(f[2]);
        int index = Integer.parseInt(f[3]);
        boolean removal = "1".equals(f[6]);
        History h = byId.computeIfAbsent(id, k -> new History(k, "1".equals(f[7]), f[8]));
        h.add(index, Integer.parseInt(f[4]), Long.parseLong(f[5]));
        byHash.computeIfAbsent(hash, k -> new CopyOnWriteArrayList<>()).add(new State(h, index, removal));
    }

    /** The states whose JSON has this hash (usually one), or null when not (yet) learnt. */
    List<State> states(long hash) {
        return byHash.get(hash);
    }

    History history(int id) {
        return byId.get(id);
    }
}
