package io.callcenter.wallboard.push;

import io.callcenter.security.auth.OpenSockets;
import io.callcenter.security.auth.SessionsEnded;
import io.callcenter.wallboard.config.KioskLinkRevoked;
import io.callcenter.wallboard.config.Layout;
import io.callcenter.wallboard.config.WallboardAccess;
import io.callcenter.wallboard.config.WallboardEdited;
import io.callcenter.wallboard.config.WallboardView;
import io.callcenter.wallboard.figures.WallboardChanged;
import io.quarkus.websockets.next.CloseReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The open wallboard sockets, grouped by wallboard, and the events that change them: an edited layout (re-sent, and
 * users who may no longer see it are dropped), a deleted wallboard, a revoked kiosk link, an ended login session,
 * and the engine's "a caller started waiting" ({@link #hurry}, sent sooner than the normal pace by {@link PushLoop}).
 */
@ApplicationScoped
public class PushHub implements OpenSockets {

    private final Map<String, Viewer> viewers = new ConcurrentHashMap<>();
    private final Map<Long, PushBoard> boards = new ConcurrentHashMap<>();

    @Inject
    PushGate gate;
    @Inject
    FrameWriter frames;

    public void add(Viewer viewer, Layout layout) {
        boards.computeIfAbsent(viewer.wallboardId(), id -> new PushBoard(layout));
        viewers.put(viewer.connection().id(), viewer);
    }

    public void remove(String connectionId) {
        Viewer gone = viewers.remove(connectionId);
        if (gone != null && viewers.values().stream().noneMatch(v -> v.wallboardId() == gone.wallboardId())) {
            boards.remove(gone.wallboardId());
        }
    }

    @Override
    public Set<Long> sessionsWithOpenSockets() {
        return viewers.values().stream().map(Viewer::sessionId).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Wallboards with at least one socket, and their push state. */
    Map<Long, PushBoard> boards() {
        return boards;
    }

    List<Viewer> viewersOf(long wallboardId) {
        return viewers.values().stream().filter(v -> v.wallboardId() == wallboardId).toList();
    }

    void edited(@Observes(during = TransactionPhase.AFTER_SUCCESS) WallboardEdited edit) {
        PushBoard board = boards.get(edit.wallboardId());
        if (board == null) {
            return;
        }
        WallboardView now = edit.deleted() ? null : gate.board(edit.wallboardId()).orElse(null);
        if (now == null) {
            close(v -> v.wallboardId() == edit.wallboardId(), CloseCodes.NO_WALLBOARD);
            return;
        }
        close(v -> v.wallboardId() == edit.wallboardId() && v.user() != null
                && !WallboardAccess.allows(v.user(), now.queues()), CloseCodes.FORBIDDEN);
        board.relayout(now.layout());
        String frame = frames.layout(BoardView.of(now));
        viewersOf(edit.wallboardId()).forEach(v -> frames.send(v, frame));
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) KioskLinkRevoked revoked) {
        close(v -> v.kioskLinkId() != null && v.kioskLinkId() == revoked.linkId(), CloseCodes.KIOSK_REFUSED);
    }

    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        close(v -> v.sessionId() != null && ended.sessionIds().contains(v.sessionId()), CloseCodes.SESSION_ENDED);
    }

    /**
     * Closes kiosk sockets whose link is no longer active. Revocations made here close at once (see
     * {@link #revoked}); this catches those made on another replica, within one heartbeat interval.
     */
    void recheckKioskLinks() {
        java.util.Set<Long> links = new java.util.HashSet<>();
        viewers.values().forEach(v -> {
            if (v.kioskLinkId() != null) {
                links.add(v.kioskLinkId());
            }
        });
        if (!links.isEmpty()) {
            java.util.Set<Long> active = gate.activeLinks(links);
            close(v -> v.kioskLinkId() != null && !active.contains(v.kioskLinkId()), CloseCodes.KIOSK_REFUSED);
        }
    }

    /** The engine saw a new waiting caller: the wallboards showing its queue are due sooner. */
    void hurry(WallboardChanged change) {
        boards.values().stream().filter(b -> touches(b.layout().queues(), change)).forEach(PushBoard::hurry);
    }

    private static boolean touches(Collection<String> queues, WallboardChanged change) {
        return change.queues().isEmpty() || queues.stream().anyMatch(change.queues()::contains);
    }

    private void close(Predicate<Viewer> which, CloseReason why) {
        viewers.values().stream().filter(which).forEach(v -> {
            remove(v.connection().id());
            frames.close(v.connection(), why);
        });
    }
}
