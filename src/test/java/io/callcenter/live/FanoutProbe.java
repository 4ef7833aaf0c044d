package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.MirrorChange;
import io.callcenter.mirror.MirrorListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Fan-out benchmark oracle, inert unless armed: on the ARI dispatch thread it learns which pushed frame produced
 * each delta state of the benchmark's Asterisk. The n-th {@code EventObserved} closes the changes of the n-th
 * frame (every event ends with one), so each delta the server will send is known by its exact JSON (as the
 * server's own {@link WireCodec} writes it, hashed) together with the frame index and the object's state history;
 * the benchmark hands this to the load process ({@link LoadOracle}).
 */
@ApplicationScoped
public class FanoutProbe implements MirrorListener {

    /** One object: dense id from 0 (clients index arrays by it) and how many states it went through. */
    private static final class History {
        final int id;
        final boolean call;
        int states;
        /** The hash of the last state learnt: a state with the same JSON changes nothing and is not learnt. */
        long lastHash;

        History(String key, int id) {
            this.id = id;
            // a channel or bridge: gone once the calls end (endpoints and device states stay)
            this.call = key.startsWith("channel/") || key.startsWith("bridge/");
        }
    }

    @Inject
    WireCodec codec;

    private volatile String asteriskId;
    private volatile AtomicLongArray sentAt;
    private volatile FanoutSplit split;
    private final List<Delta> open = new ArrayList<>();
    private final Map<String, History> byKey = new HashMap<>();
    /** What the load process must learn, as lines {@link #learned() it} reads; filled on the dispatch thread. */
    private final BlockingQueue<String> learned = new LinkedBlockingQueue<>();
    private int frames;
    private final AtomicLong frameCount = new AtomicLong();

    private final AtomicLong states = new AtomicLong();
    private final AtomicLong removals = new AtomicLong();

    /** Starts listening to one Asterisk; {@code sentAt[i]} will hold the send time of frame i (nanoTime). */
    void arm(String asteriskId, AtomicLongArray sentAt, FanoutSplit split) {
        this.sentAt = sentAt;
        this.split = split;
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
            split.dispatched(frame, System.nanoTime());
            frameCount.incrementAndGet();
            for (Delta d : open) {
                byte[] json = codec.encode(d).getBytes(StandardCharsets.UTF_8);
                History h = byKey.computeIfAbsent(d.key(), k -> new History(k, byKey.size()));
                long hash = DeltaHash.of(json, 0, json.length);
                if (h.states > 0 && hash == h.lastHash) {
                    continue; // e.g. a trunk's device state, unchanged: clients see a repeat, not a new state
                }
                h.lastHash = hash;
                learned.add("S " + hash + " " + h.id + " " + h.states++ + " " + frame + " " + sentAt.get(frame) + " "
                        + (d.removal() ? 1 : 0) + " " + (h.call ? 1 : 0) + " " + d.key().replace(' ', '_'));
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

    /**
     * Lines {@code S hash id index frame sentAt removal call key}, one per delta state: which object (dense id), its
     * place in that object's history, the frame that produced it and when that frame was pushed (nanoTime).
     */
    BlockingQueue<String> learned() {
        return learned;
    }
}
