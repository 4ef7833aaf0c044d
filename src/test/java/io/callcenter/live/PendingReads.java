package io.callcenter.live;

import java.util.Arrays;

/**
 * A load client's deltas read but not matched yet, oldest first: each change's hash and read time in two growing
 * ring arrays, so that ~300,000 changes a second allocate nothing (the load process's GC pauses delay every client).
 */
final class PendingReads {

    private long[] hashes = new long[64];
    private long[] times = new long[64];
    private int head;
    private int size;

    void add(long hash, long time) {
        if (size == hashes.length) {
            hashes = unrolled(hashes);
            times = unrolled(times);
            head = 0;
        }
        int at = (head + size++) & (hashes.length - 1);
        hashes[at] = hash;
        times[at] = time;
    }

    private long[] unrolled(long[] ring) {
        long[] bigger = Arrays.copyOf(ring, ring.length * 2);
        System.arraycopy(ring, 0, bigger, ring.length, head); // the wrapped part follows the rest, in order
        return Arrays.copyOfRange(bigger, head, head + ring.length * 2);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** The oldest change's hash; only when not empty. */
    long hash() {
        return hashes[head];
    }

    /** The oldest change's read time (nanoTime); only when not empty. */
    long time() {
        return times[head];
    }

    void poll() {
        head = (head + 1) & (hashes.length - 1);
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }
}
