package io.callcenter.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One selector thread of the load process: reads its clients' sockets as soon as they have bytes, pings each
 * client every ping interval (browsers ping within half the server's idle timeout), runs posted tasks.
 */
final class LeanLoop implements Runnable {

    private final Selector selector;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final List<LeanLiveClient> clients = new CopyOnWriteArrayList<>();
    private long nextPingCheck;
    private final long pingNanos;
    private volatile boolean running = true;
    /** Wake-ups of the selector and sockets read (the load tool's own cost is mostly these syscalls). */
    volatile long wakeups;
    volatile long reads;

    LeanLoop(long pingMillis) throws IOException {
        this.selector = Selector.open();
        this.pingNanos = pingMillis * 1_000_000;
    }

    /** Any thread: runs {@code task} on this loop. */
    void execute(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    /** Any thread: the loop takes the client over (and reads what came with the handshake at once). */
    void add(LeanLiveClient client) {
        execute(() -> {
            try {
                client.socket.channel.register(selector, SelectionKey.OP_READ, client);
                client.nextPing = System.nanoTime() + pingNanos;
                clients.add(client);
                client.socket.read(client);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Any thread: every client's summary line, computed on this loop. */
    CompletableFuture<List<String>> summaries() {
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        execute(() -> done.complete(clients.stream().map(LeanLiveClient::summary).toList()));
        return done;
    }

    /** Any thread: how many clients this loop has taken over. */
    int size() {
        return clients.size();
    }

    /** Any thread: {@code true} once every client of this loop has had its snapshot. */
    boolean allSnapshotted() {
        return clients.stream().allMatch(c -> c.snapshots > 0);
    }

    /** Any thread: starts every client's closing handshake (a process that just exits leaves resets behind). */
    void closeAll() {
        execute(() -> {
            for (LeanLiveClient c : clients) {
                try {
                    c.socket.close();
                } catch (IOException e) {
                    // already broken: nothing to close politely
                }
            }
        });
    }

    /** Any thread: whether every client's socket is closed. */
    boolean allClosed() {
        return clients.stream().allMatch(c -> c.socket.closed());
    }

    void stop() {
        running = false;
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (running) {
                selector.select(100);
                long now = System.nanoTime();
                wakeups++;
                reads += selector.selectedKeys().size();
                for (SelectionKey key : selector.selectedKeys()) {
                    LeanLiveClient c = (LeanLiveClient) key.attachment();
                    if (!c.socket.read(c)) {
                        key.cancel();
                    }
                }
                selector.selectedKeys().clear();
                for (Runnable t = tasks.poll(); t != null; t = tasks.poll()) {
                    t.run();
                }
                if (now >= nextPingCheck) {
                    // not at every wake-up: the loop wakes ~10^4 times a second
                    nextPingCheck = now + 100_000_000;
                    for (LeanLiveClient c : clients) {
                        if (now >= c.nextPing && !c.socket.closed()) {
                            c.nextPing = now + pingNanos;
                            c.ping();
                        }
                    }
                }
            }
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
