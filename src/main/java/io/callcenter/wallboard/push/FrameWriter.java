package io.callcenter.wallboard.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.wallboard.config.Catalogue;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The push's text frames ({@code type}: hello, layout, figures, heartbeat) and their sending. A frame that cannot
 * be written means the socket is going away: it is closed, and its close callback removes it from the hub.
 */
@ApplicationScoped
public class FrameWriter {

    private final ObjectMapper mapper;
    private final PushConfig config;

    FrameWriter(ObjectMapper mapper, PushConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    /** First frame: the wallboard's layout and the pace, so the screen knows when the push has gone stale. */
    public String hello(BoardView board) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "hello");
        frame.put("wallboard", board);
        frame.put("heartbeatMs", config.heartbeatInterval().toMillis());
        frame.put("minIntervalMs", config.minInterval().toMillis());
        frame.put("metrics", Catalogue.metricInfos());
        return json(frame);
    }

    String layout(BoardView board) {
        return json(Map.of("type", "layout", "wallboard", board));
    }

    String heartbeat(long atMs) {
        return json(Map.of("type", "heartbeat", "atMs", atMs));
    }

    public String figures(FiguresView figures) {
        return json(figures);
    }

    public void send(Viewer viewer, String frame) {
        send(viewer.connection(), frame);
    }

    public void send(WebSocketConnection connection, String frame) {
        connection.sendText(frame).subscribe().with(sent -> { }, failure -> close(connection, null));
    }

    /** Closes the socket; a close that fails found the peer gone already, which is what closing wanted. */
    public void close(WebSocketConnection connection, CloseReason why) {
        (why == null ? connection.close() : connection.close(why)).subscribe().with(done -> { }, gone -> { });
    }

    private String json(Object frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("push frames are records and maps of plain values", e);
        }
    }
}
