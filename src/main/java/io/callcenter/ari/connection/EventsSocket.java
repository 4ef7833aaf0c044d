package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriClientFactory;
import io.callcenter.ari.config.AriServer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;

/**
 * Opens one attempt of a server's events websocket (Vert.x client, basic auth in a header) on {@link AriEventLoop}:
 * a plain Vert.x client because the WebSockets Next connector always picks one of the shared loops.
 */
final class EventsSocket {

    /** What the socket reports; all called on its event loop. */
    interface Handler {
        void opened(WebSocket socket);

        void text(String frame);

        void heard();

        void dropped(String reason);
    }

    private EventsSocket() {
    }

    static void connect(AriServer server, AriEventLoop loop, Handler handler) {
        URI events = server.eventsUri();
        boolean ssl = "wss".equals(events.getScheme());
        int port = events.getPort() > 0 ? events.getPort() : ssl ? 443 : 80;
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(events.getHost()).setPort(port)
                .setSsl(ssl).setURI(events.getRawPath() + (events.getRawQuery() == null ? "" : "?" + events.getRawQuery()))
                .addHeader("Authorization", "Basic " + AriClientFactory.basicToken(server.username(), server.password()));
        // Connected from the loop's context, so the socket lives on that loop; callbacks run there in frame order and
        // only queue work, never wait.
        loop.context().runOnContext(v -> loop.client().connect(options).onComplete(ar -> {
            if (ar.failed()) {
                handler.dropped("connect failed: " + ar.cause());
                return;
            }
            WebSocket ws = ar.result();
            ws.textMessageHandler(handler::text);
            ws.pongHandler(data -> handler.heard());
            ws.exceptionHandler(failure -> handler.dropped("websocket error: " + failure));
            ws.closeHandler(x -> handler.dropped(ws.closeStatusCode() == null ? "connection lost without a close frame"
                    : "closed by Asterisk (" + ws.closeStatusCode()
                            + (ws.closeReason() == null ? "" : " " + ws.closeReason()) + ")"));
            handler.opened(ws);
        }));
    }
}
