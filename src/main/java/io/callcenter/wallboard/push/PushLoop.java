package io.callcenter.wallboard.push;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Paces the push: every tick, each watched wallboard whose turn it is (once per min-interval, sooner after a new
 * waiting caller) gets its live figures computed once and sent to all its screens if anything changed; a wallboard
 * that sent nothing for a heartbeat interval sends a heartbeat.
 */
@ApplicationScoped
public class PushLoop {

    @Inject
    PushHub hub;
    @Inject
    BoardFigures figures;
    @Inject
    FrameWriter frames;
    @Inject
    PushConfig config;

    private long lastKioskCheck;

    @Scheduled(every = "${callcenter.wallboard-push.tick:200ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        long now = System.currentTimeMillis();
        if (now - lastKioskCheck >= config.heartbeatInterval().toMillis()) {
            lastKioskCheck = now;
            hub.recheckKioskLinks();
        }
        hub.boards().forEach((id, board) -> {
            if (board.due(now, config.minInterval().toMillis(), config.urgentInterval().toMillis())) {
                FiguresView live = figures.live(board.layout());
                if (board.changed(live, now)) {
                    send(id, board, frames.figures(live), now);
                    return;
                }
            }
            if (board.quietFor(now, config.heartbeatInterval().toMillis())) {
                send(id, board, frames.heartbeat(now), now);
            }
        });
    }

    private void send(long wallboardId, PushBoard board, String frame, long now) {
        board.framed(now);
        hub.viewersOf(wallboardId).forEach(v -> frames.send(v, frame));
    }
}
