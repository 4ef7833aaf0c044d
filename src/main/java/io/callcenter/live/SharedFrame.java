package io.callcenter.live;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * The deltas of one flush interval that one audience (connections with equal {@link Visibility}) sees, filtered,
 * coalesced and encoded once: a thousand connections that see the same thing send the same bytes, each behind its
 * own few bytes of sequence number.
 *
 * @param items the deltas, oldest first, at most one per object
 * @param body  the tail of the {@code deltas} frame, UTF-8: their JSON joined by commas and the closing brackets
 *              ({@link WireCodec#deltasBody})
 * @param wire  the same bytes off-heap, written by every connection without a copy (its views are reference
 *              counted, the memory itself is the garbage collector's)
 */
record SharedFrame(List<PendingDelta> items, byte[] body, ByteBuf wire) {

    static final SharedFrame EMPTY = new SharedFrame(List.of(), new byte[0], Unpooled.EMPTY_BUFFER);

    /** What {@code visibility} sees of {@code deltas}, latest state per object; {@link #EMPTY} when nothing. */
    static SharedFrame of(List<PendingDelta> deltas, Visibility visibility) {
        PendingDeltas seen = new PendingDeltas(Integer.MAX_VALUE);
        for (PendingDelta d : deltas) {
            if (visibility.sees(d.delta())) {
                seen.put(d);
            }
        }
        if (seen.isEmpty()) {
            return EMPTY;
        }
        List<PendingDelta> items = seen.drain(Integer.MAX_VALUE);
        byte[] body = WireCodec.deltasBody(items);
        // off-heap so that sockets write it without a copy; freed by the garbage collector, not by reference counts
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        return new SharedFrame(items, body, Unpooled.wrappedBuffer(direct));
    }

    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
