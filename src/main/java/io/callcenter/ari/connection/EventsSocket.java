package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriClientFactory;
import io.callcenter.ari.config.AriConfig;
import io.callcenter.ari.config.AriServer;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.BasicWebSocketConnector.ExecutionModel;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.util.function.Consumer;

/** Opens one attempt of a server's events websocket (WebSockets Next client, basic auth in a header). */
final class EventsSocket {

    /** What the socket reports; all called on its event loop. */
    interface Handler {
        void opened(WebSocketClientConnection socket);

        void text(String frame);

        void heard();

        void dropped(String reason);
    }

    private EventsSocket() {
    }

    static void connect(AriServer server, AriConfig config, Handler handler) {
        URI events = server.eventsUri();
        int maxSize = config.maxEventSize();
        int connectTimeout = (int) config.connectTimeout().toMillis();
        Consumer<Throwable> failed = f -> handler.dropped("connect failed: " + f);
        BasicWebSocketConnector.create()
                // Root + query as base and the path apart: the connector appends a '/' to a base path otherwise.
                .baseUri(URI.create(events.getScheme() + "://" + events.getRawAuthority() + "/?" + events.getRawQuery()))
                .path(events.getRawPath())
                .addHeader("Authorization", "Basic " + AriClientFactory.basicToken(server.username(), server.password()))
                // Callbacks run on the event loop in frame order; they only queue work, never wait.
                .executionModel(ExecutionModel.NON_BLOCKING)
                .customizeOptions((connect, options) -> options.setConnectTimeout(connectTimeout)
                        .setMaxFrameSize(maxSize).setMaxMessageSize(maxSize))
                .onOpen(handler::opened)
                .onTextMessage((ws, text) -> handler.text(text))
                .onPong((ws, data) -> handler.heard())
                .onClose((ws, reason) -> handler.dropped("closed by Asterisk (" + reason.getCode()
                        + (reason.getMessage() == null ? "" : " " + reason.getMessage()) + ")"))
                .onError((ws, failure) -> handler.dropped("websocket error: " + failure))
                .connect()
                .subscribe().with(ws -> { }, failed);
    }
}
