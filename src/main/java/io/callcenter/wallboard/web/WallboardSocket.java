package io.callcenter.wallboard.web;

import io.callcenter.wallboard.push.BoardFigures;
import io.callcenter.wallboard.push.BoardView;
import io.callcenter.wallboard.push.CloseCodes;
import io.callcenter.wallboard.push.FrameWriter;
import io.callcenter.wallboard.push.PushGate;
import io.callcenter.wallboard.push.PushHub;
import io.callcenter.wallboard.push.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A wallboard's live figures: {@code hello} (layout, pace), then {@code figures} at most every min-interval and only
 * when changed, {@code layout} when it is edited, {@code heartbeat} when quiet. Let in by a login (supervisor of all
 * its queues, or admin) or by its kiosk token in the {@code kiosk} query parameter; the path is outside the login
 * requirement so kiosks reach it, and refusals close with the codes of {@link CloseCodes}. Clients send nothing.
 */
@WebSocket(path = "/api/wallboard-push/{id}")
public class WallboardSocket {

    @Inject
    PushGate gate;
    @Inject
    PushHub hub;
    @Inject
    BoardFigures figures;
    @Inject
    FrameWriter frames;
    @Inject
    SecurityIdentity identity;

    /** Runs on a worker thread (blocking): it reads the database and computes the first figures. */
    @OnOpen
    void open(WebSocketConnection connection) {
        long id;
        try {
            id = Long.parseLong(connection.pathParam("id"));
        } catch (NumberFormatException e) {
            frames.close(connection, CloseCodes.NO_WALLBOARD);
            return;
        }
        PushGate.Admission admission = gate.admit(id, identity, kioskToken(connection.handshakeRequest().query()));
        if (admission.refusal() != null) {
            frames.close(connection, admission.refusal());
            return;
        }
        if (!figures.available()) {
            frames.close(connection, CloseCodes.UNAVAILABLE);
            return;
        }
        hub.add(new Viewer(connection, id, admission.user(), admission.sessionId(), admission.kioskLinkId()),
                admission.board().layout());
        if (!gate.stillValid(admission)) {
            hub.remove(connection.id());
            frames.close(connection, CloseCodes.KIOSK_REFUSED);
            return;
        }
        frames.send(connection, frames.hello(BoardView.of(admission.board())));
        frames.send(connection, frames.figures(figures.live(admission.board().layout())));
    }

    /** Screens only listen; anything they send is ignored (the socket stays open). */
    @OnTextMessage
    void text(String ignored) {
        // nothing to answer: the protocol is one-way
    }

    @OnClose
    void close(WebSocketConnection connection) {
        hub.remove(connection.id());
    }

    static String kioskToken(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("kiosk=")) {
                return URLDecoder.decode(pair.substring("kiosk=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
