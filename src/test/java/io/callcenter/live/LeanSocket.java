package io.callcenter.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A websocket client connection in plain NIO (RFC 6455, JDK only), for the fan-out load tool: a blocking
 * handshake, then non-blocking reads on a selector thread. Text messages (joined when fragmented) go to the
 * {@link Handler} as bytes; pings are answered with pongs, a close frame's code is kept.
 */
final class LeanSocket {

    /** Receives whole text messages: {@code b[from, to)}, read at {@code now} (System.nanoTime). */
    interface Handler {
        void text(byte[] b, int from, int to, long now);
    }

    final SocketChannel channel;
    private ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    /** The fragments so far of a message split over several frames; null when none is open. */
    private ByteBuffer fragments;
    private volatile Short closeCode;
    private volatile boolean closed;

    private LeanSocket(SocketChannel channel) {
        this.channel = channel;
    }

    /** Connects and upgrades (blocking); what the server sent after its 101 stays for the first {@link #read}. */
    static LeanSocket open(String host, int port, String path, String cookie) throws IOException {
        SocketChannel ch = SocketChannel.open(new InetSocketAddress(host, port));
        ch.socket().setTcpNoDelay(true);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce)
                + "\r\nSec-WebSocket-Version: 13\r\nCookie: " + cookie + "\r\n\r\n";
        ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        LeanSocket s = new LeanSocket(ch);
        int end;
        while ((end = headEnd(s.in)) < 0) {
            if (ch.read(s.in) < 0) {
                throw new IOException("connection closed during the websocket handshake");
            }
        }
        String head = new String(s.in.array(), 0, end, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new IOException("websocket upgrade refused: " + head.lines().findFirst().orElse(""));
        }
        s.in.flip().position(end);
        s.in.compact();
        ch.configureBlocking(false);
        return s;
    }

    private static int headEnd(ByteBuffer b) {
        byte[] a = b.array();
        for (int i = 3; i < b.position(); i++) {
            if (a[i - 3] == '\r' && a[i - 2] == '\n' && a[i - 1] == '\r' && a[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Reads what the socket has and hands every complete text message to {@code handler}; false once closed. */
    boolean read(Handler handler) throws IOException {
        int n = channel.read(in);
        long now = System.nanoTime();
        if (n < 0) {
            closed = true;
            channel.close();
            return false;
        }
        in.flip();
        byte[] a = in.array();
        while (in.remaining() >= 2) {
            int at = in.position();
            int opcode = a[at] & 0x0f;
            boolean fin = (a[at] & 0x80) != 0;
            long length = a[at + 1] & 0x7f;
            int head = 2;
            if (length == 126) {
                if (in.remaining() < 4) {
                    break;
                }
                length = ((a[at + 2] & 0xff) << 8) | (a[at + 3] & 0xff);
                head = 4;
            } else if (length == 127) {
                if (in.remaining() < 10) {
                    break;
                }
                length = ByteBuffer.wrap(a, at + 2, 8).getLong();
                head = 10;
            }
            if (in.remaining() < head + length) {
                if (head + length > in.capacity()) {
                    grow((int) (head + length));
                    return read(handler);
                }
                break;
            }
            frame(opcode, fin, a, at + head, (int) length, now, handler);
            in.position(at + head + (int) length);
        }
        in.compact();
        return !closed;
    }

    private void grow(int frame) {
        ByteBuffer bigger = ByteBuffer.allocate(Integer.highestOneBit(frame) * 2);
        bigger.put(in); // in is flipped: its unread bytes move to the front of the bigger buffer
        in = bigger;
    }

    private void frame(int opcode, boolean fin, byte[] a, int from, int length, long now, Handler handler)
            throws IOException {
        switch (opcode) {
            case 1, 0 -> {
                if (fin && fragments == null) {
                    handler.text(a, from, from + length, now);
                    return;
                }
                if (fragments == null) {
                    fragments = ByteBuffer.allocate(Math.max(64 * 1024, length * 2));
                } else if (fragments.remaining() < length) {
                    fragments = ByteBuffer.allocate((fragments.position() + length) * 2).put(fragments.flip());
                }
                fragments.put(a, from, length);
                if (fin) {
                    ByteBuffer whole = fragments;
                    fragments = null;
                    handler.text(whole.array(), 0, whole.position(), now);
                }
            }
            case 8 -> {
                closeCode = length >= 2 ? (short) (((a[from] & 0xff) << 8) | (a[from + 1] & 0xff)) : 1005;
                closed = true;
                channel.close();
            }
            case 9 -> send(0xA, a, from, length);
            default -> {
                // a pong or an unknown control frame: nothing to do
            }
        }
    }

    /** Sends a text message (masked, as every client frame must be). */
    void text(String message) throws IOException {
        byte[] b = message.getBytes(StandardCharsets.UTF_8);
        send(0x1, b, 0, b.length);
    }

    private void send(int opcode, byte[] b, int from, int length) throws IOException {
        if (closed || length > 65535) {
            return; // a closed socket takes nothing; the load tool's messages are all small
        }
        ByteBuffer out = ByteBuffer.allocate(8 + length);
        out.put((byte) (0x80 | opcode));
        if (length < 126) {
            out.put((byte) (0x80 | length));
        } else {
            out.put((byte) (0x80 | 126)).putShort((short) length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        out.put(mask);
        for (int i = 0; i < length; i++) {
            out.put((byte) (b[from + i] ^ mask[i & 3]));
        }
        out.flip();
        for (int tries = 0; out.hasRemaining(); tries++) {
            if (channel.write(out) == 0 && tries > 1000) {
                throw new IOException("the server does not read: cannot send a small message");
            }
        }
    }

    /** Starts the closing handshake (1000, normal); the server answers with its close frame, then we close. */
    void close() throws IOException {
        send(0x8, new byte[] {0x03, (byte) 0xE8}, 0, 2);
    }

    Short closeCode() {
        return closeCode;
    }

    boolean closed() {
        return closed;
    }
}
