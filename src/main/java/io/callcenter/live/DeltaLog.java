package io.callcenter.live;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every delta for browsers in the order queued, read by each event loop from its own cursor: appending is O(1) and
 * lock-free from any thread, and a loop takes what is new whenever it is ready, without waiting for the others.
 * Nodes every cursor has passed are garbage (nothing else refers to them).
 */
final class DeltaLog {

    /** One delta and the link to the next; {@code next} is set just after the node became the last. */
    static final class Node {
        final PendingDelta delta;
        volatile Node next;

        Node(PendingDelta delta) {
            this.delta = delta;
        }
    }

    private final AtomicReference<Node> last = new AtomicReference<>(new Node(null));

    /** Any thread: the delta is the newest. */
    void append(PendingDelta delta) {
        Node node = new Node(delta);
        last.getAndSet(node).next = node;
    }

    /** Where a new reader starts: it gets what is appended from now on. */
    Node last() {
        return last.get();
    }

    /**
     * The deltas after {@code cursor}, oldest first, into {@code into}; returns the new cursor. A node whose link is
     * not set yet (its appender is between its two steps) ends the read: it and what follows come next time.
     */
    static Node readAfter(Node cursor, List<PendingDelta> into) {
        Node n = cursor;
        for (Node next = n.next; next != null; next = n.next) {
            into.add(next.delta);
            n = next;
        }
        return n;
    }
}
