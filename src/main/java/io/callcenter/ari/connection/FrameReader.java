package io.callcenter.ari.connection;

import io.callcenter.ari.events.AriEventParser;
import io.callcenter.ari.events.AriEventParser.MalformedEventException;
import io.callcenter.ari.events.AriMessage;
import io.callcenter.ari.events.ApplicationReplaced;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs on the websocket reader (an event loop): stamps, parses and counts each text frame and queues its
 * delivery on the {@link Dispatcher}. Only the delivery waits for listeners, never this. Sequence numbers are
 * given to parsed events only, so they have no gaps and keep growing across reconnects.
 */
final class FrameReader {

    private static final Logger LOG = Logger.getLogger(FrameReader.class);
    private static final int EXCERPT = 120;

    private final String server;
    private final Dispatcher dispatcher;
    private final ConnectionMetrics metrics;
    private final Supplier<String> connectAsteriskId;
    private final Runnable onReplaced;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong received = new AtomicLong();

    /**
     * @param connectAsteriskId the entity id read at connect, for events without {@code asterisk_id}; asked at
     *                          delivery time, after the resync that reads it
     * @param onReplaced        called on the reader when ApplicationReplaced arrives
     */
    FrameReader(String server, Dispatcher dispatcher, ConnectionMetrics metrics, Supplier<String> connectAsteriskId,
            Runnable onReplaced) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.connectAsteriskId = connectAsteriskId;
        this.onReplaced = onReplaced;
    }

    void read(String text) {
        Instant at = Instant.now();
        AriMessage message;
        try {
            message = AriEventParser.parse(text);
        } catch (MalformedEventException e) {
            metrics.malformed();
            LOG.warnf("ARI %s: skipped a malformed frame (%s): %s", server, e.getMessage(), excerpt(text));
            return;
        }
        long seq = sequence.incrementAndGet();
        received.incrementAndGet();
        metrics.received(message.type());
        if (message instanceof ApplicationReplaced) {
            onReplaced.run();
        }
        dispatcher.execute(() -> dispatcher.event(new ReceivedEvent(server,
                message.asteriskId() != null ? message.asteriskId() : connectAsteriskId.get(), seq, at, text, message)));
    }

    /** Events read (and parsed) since the connection was opened, over all reconnects. */
    long received() {
        return received.get();
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "...";
    }
}
