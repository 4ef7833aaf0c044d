package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.MirrorChange;
import io.callcenter.mirror.MirrorListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Fan-out benchmark oracle, inert unless armed: on the ARI dispatch thread it learns which pushed frame produced
 * each delta state of the benchmark's Asterisk. The n-th {@code EventObserved} closes the changes of the n-th
 * frame (every event ends with one), so each delta the server will send is known by its exact JSON (as the
 * server's own {@link WireCodec} writes it, hashed) together with the frame index and the object's state history.
 */
@ApplicationScoped
public class FanoutProbe implements MirrorListener {

    /** The states one object went through, in order, each with the index of the frame that produced it. */
    static final class History {
        private final String key;
        /** Dense, from 0: clients keep what they saw of each object in an array indexed by it, not a map. */
        final int id;
        private final List<Integer> frames = new ArrayList<>();

        History(String key, int id) {
            this.key = key;
            this.id = id;
        }

        /** A channel or bridge: gone once the calls end (endpoints and device states stay). */
        boolean call() {
            return key.startsWith("channel/") || key.startsWith("bridge/");
        }

        synchronized int add(int frame) {
            frames.add(frame);
            return frames.size() - 1;
        }

        synchronized int frame(int state) {
            return frames.get(state);
        }
    }

    /** One state of one object: which history, and its position in it. */
    record State(History history, int index, boolean removal) {
    }

    @Inject
    WireCodec codec;

    private volatile String asteriskId;
    private volatile AtomicLongArray sentAt;
    private final List<Delta> open = new ArrayList<>();
    private final ConcurrentHashMap<String, History> byKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, History> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, CopyOnWriteArrayList<State>> byHash = new ConcurrentHashMap<>();
    private int frames;
    private final AtomicLong frameCount = new AtomicLong();

    private final AtomicLong states = new AtomicLong();
    private final AtomicLong removals = new AtomicLong();

    /** Starts listening to one Asterisk; {@code sentAt[i]} will hold the send time of frame i (nanoTime). */
    void arm(String asteriskId, AtomicLongArray sentAt) {
        this.sentAt = sentAt;
        this.asteriskId = asteriskId;
    }

    void disarm() {
        asteriskId = null;
    }

    @Override
    public void onChange(MirrorChange change) {
        if (!change.asteriskId().equals(asteriskId)) {
            return;
        }
        if (change instanceof MirrorChange.Resynced) {
            open.clear(); // a resync's changes belong to no frame
        } else if (change instanceof MirrorChange.EventObserved) {
            int frame = frames++;
            frameCount.incrementAndGet();
            for (Delta d : open) {
                byte[] json = codec.encode(d).getBytes(StandardCharsets.UTF_8);
                History h = byKey.computeIfAbsent(d.key(), k -> {
                    History made = new History(k, byId.size());
                    byId.put(made.id, made);
                    return made;
                });
                byHash.computeIfAbsent(hash(json, 0, json.length), k -> new CopyOnWriteArrayList<>())
                        .add(new State(h, h.add(frame), d.removal()));
                states.incrementAndGet();
                if (d.removal()) {
                    removals.incrementAndGet();
                }
            }
            open.clear();
        } else {
            Delta d = Deltas.of(change);
            if (d != null) {
                open.add(d);
            }
        }
    }

    /** Delta states the mirror made since armed (methods, not fields: callers hold a CDI client proxy). */
    long states() {
        return states.get();
    }

    long removals() {
        return removals.get();
    }

    /** Frames the mirror has applied since armed. */
    long frames() {
        return frameCount.get();
    }

    /** The object with this {@link History#id}. */
    History history(int id) {
        return byId.get(id);
    }

    /** The states whose JSON has this hash (usually one), or null when not (yet) produced. */
    List<State> states(long hash) {
        return byHash.get(hash);
    }

    /** When frame {@code frame} was pushed by the fake Asterisk (System.nanoTime). */
    long sentAt(int frame) {
        return sentAt.get(frame);
    }

    static final long SEED = 1125899906842597L;

    /** 64-bit polynomial hash of the UTF-8 bytes {@code s[from, to)}: lets clients match a change in one pass. */
    static long hash(byte[] s, int from, int to) {
        long h = SEED;
        for (int i = from; i < to; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }
}
