package io.callcenter.wallboard.push;

import io.callcenter.wallboard.figures.WallboardChanged;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

    /**
     * A new waiting caller: the wallboards showing its queue go out now rather than at the next scheduled tick (the
     * scheduler runs jobs at most once a second, whatever {@code tick} says); a board checked less than the urgent
     * interval ago is looked at again once that interval has passed.
     */
    void urgent(@ObservesAsync WallboardChanged change) {
        if (change.newWaitingCaller()) {
            hub.hurry(change);
            tick();
            CompletableFuture.runAsync(this::tick, CompletableFuture.delayedExecutor(
                    config.urgentInterval().toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** One pass over the watched wallboards; synchronized because the urgent path runs it off the scheduler. */
    @Scheduled(every = "${callcenter.wallboard-push.tick:200ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void tick() {
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
