package io.callcenter.live;

import io.quarkus.websockets.next.WebSocketConnection;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;
import io.vertx.core.Handler;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketBase;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.WebSocketImplBase;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.net.impl.ConnectionBase;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Writes text frames straight to one connection's Vert.x socket, without waiting for each write: frames queue in
 * Netty's outbound buffer until it is {@link #full()} (its high-water mark), which is the signal to coalesce instead.
 * Used only from the connection's event loop.
 */
final class FrameSender {

    private static final byte[] DELTAS = "{\"type\":\"deltas\",\"first\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHANGES = ",\"changes\":[".getBytes(StandardCharsets.US_ASCII);
    /** websockets-next keeps its Vert.x socket package-private; its Mutiny send costs more than the write itself. */
    /** Vert.x's default maximum frame size, which is what its clients accept by default. */
    private static final int MAX_FRAME = 65536;
    private static final Method SOCKET = socketAccessor();

    private final WebSocketBase socket;
    private final ConnectionBase channel;
    private final io.netty.channel.Channel netty;
    /**
     * Where the websocket frame encoder writes its bytes: a frame framed here goes the same way without the
     * encoder; null when a compression extension was negotiated (frames must then go through it, one by one).
     */
    private final ChannelHandlerContext framed;

    FrameSender(WebSocketConnection connection) {
        this.socket = socketOf(connection);
        this.channel = (ConnectionBase) ((WebSocketImplBase) unwrapped(socket)).connection();
        this.netty = channel.channel();
        ChannelPipeline pipeline = netty.pipeline();
        boolean extension = pipeline.get(WebSocketExtensionEncoder.class) != null;
        this.framed = extension ? null : pipeline.context(WebSocketFrameEncoder.class);
    }

    /** Whether the outbound buffer is over its high-water mark (a browser that does not keep up keeps this true). */
    boolean full() {
        // Netty's own flag, not Vert.x's (two monitors per call, on every connection at every flush); a closed
        // channel is not writable either, so it counts as full until the close handler stops the session
        return !netty.isWritable();
    }

    /** Called on the event loop when a {@link #full()} buffer has room again. */
    void onDrained(Handler<Void> drained) {
        socket.drainHandler(drained);
    }

    /** A whole message; failures need no handler: a broken socket closes, and the close handler stops the session. */
    void text(String message) {
        socket.writeTextMessage(message);
    }

    /**
     * One {@code deltas} frame: the few bytes of {@code first} are this connection's, {@code body} (the encoded
     * changes and the closing {@code ]}}) is encoded once for every connection of an audience and only copied.
     */
    void deltas(long first, SharedFrame frame) {
        int headLength = DELTAS.length + 20 + CHANGES.length;
        if (headLength + frame.body().length > MAX_FRAME) {
            deltas(first, frame.body());
            return;
        }
        if (framed != null) {
            framed(first, frame);
            return;
        }
        ByteBuf head = channel.channel().alloc().directBuffer(headLength).writeBytes(DELTAS);
        head.writeCharSequence(Long.toString(first), StandardCharsets.US_ASCII);
        head.writeBytes(CHANGES);
        ByteBuf payload = Unpooled.wrappedBuffer(head, Unpooled.wrappedBuffer(frame.body()));
        // Vert.x's own frame path would copy a composite buffer and complete a future per frame
        channel.writeToChannel(new TextWebSocketFrame(true, 0, payload), channel.voidPromise);
    }

    /**
     * The common case, ~40,000 times a second for 1,000 browsers: the websocket header, this connection's head and
     * a copy of the shared bytes in one pooled buffer, written where the frame encoder would write it and flushed:
     * no frame object, no encoder, no Vert.x bookkeeping, and no per-frame view of a shared buffer (a duplicate and
     * two NIO buffers per frame were half of what the event loops allocated; copying a few KiB costs less).
     */
    private void framed(long first, SharedFrame frame) {
        int digits = digits(first);
        int text = DELTAS.length + digits + CHANGES.length;
        byte[] body = frame.body();
        int payload = text + body.length;
        ByteBuf buf = framed.alloc().directBuffer(4 + payload);
        buf.writeByte(0x81); // FIN + text; server frames are not masked
        if (payload < 126) {
            buf.writeByte(payload);
        } else {
            buf.writeByte(126).writeShort(payload); // payload <= MAX_FRAME - 1: checked by the caller
        }
        buf.writeBytes(DELTAS);
        int at = buf.writerIndex() + digits;
        for (long n = first; at > buf.writerIndex(); n /= 10) {
            buf.setByte(--at, (int) ('0' + n % 10));
        }
        buf.writerIndex(buf.writerIndex() + digits).writeBytes(CHANGES).writeBytes(body);
        framed.writeAndFlush(buf, framed.voidPromise());
    }

    private static int digits(long n) {
        int d = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            d++;
        }
        return d;
    }

    /** The same frame made of bytes: for backlogs (their own bytes) and frames that must be cut in 64 KiB parts. */
    void deltas(long first, byte[] body) {
        String number = Long.toString(first);
        byte[] frame = new byte[DELTAS.length + number.length() + CHANGES.length + body.length];
        System.arraycopy(DELTAS, 0, frame, 0, DELTAS.length);
        int at = DELTAS.length;
        for (int i = 0; i < number.length(); i++) {
            frame[at++] = (byte) number.charAt(i);
        }
        System.arraycopy(CHANGES, 0, frame, at, CHANGES.length);
        System.arraycopy(body, 0, frame, at + CHANGES.length, body.length);
        if (frame.length <= MAX_FRAME) {
            socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, frame, true));
            return;
        }
        // a burst's frame is cut as Vert.x cuts a long message: clients need not accept frames over 64 KiB
        for (int from = 0; from < frame.length; from += MAX_FRAME) {
            int length = Math.min(MAX_FRAME, frame.length - from);
            socket.writeFrame(new WebSocketFrameImpl(from == 0 ? WebSocketFrameType.TEXT
                    : WebSocketFrameType.CONTINUATION, Unpooled.wrappedBuffer(frame, from, length),
                    from + length == frame.length));
        }
    }

    private static WebSocketBase socketOf(WebSocketConnection connection) {
        try {
            return (ServerWebSocket) SOCKET.invoke(connection);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot reach the Vert.x socket of " + connection.getClass(), e);
        }
    }

    /** vertx-web wraps the server's socket; its connection is what writes to the Netty channel. */
    private static WebSocketBase unwrapped(WebSocketBase socket) {
        if (socket instanceof WebSocketImplBase) {
            return socket;
        }
        try {
            Field delegate = socket.getClass().getDeclaredField("delegate");
            delegate.setAccessible(true);
            return unwrapped((WebSocketBase) delegate.get(socket));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot unwrap the Vert.x socket " + socket.getClass(), e);
        }
    }

    private static Method socketAccessor() {
        try {
            Method m = Class.forName("io.quarkus.websockets.next.runtime.WebSocketConnectionBase", false,
                    WebSocketConnection.class.getClassLoader()).getDeclaredMethod("webSocket");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("websockets-next changed: WebSocketConnectionBase.webSocket() is gone", e);
        }
    }
}
