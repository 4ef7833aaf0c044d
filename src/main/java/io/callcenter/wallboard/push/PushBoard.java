package io.callcenter.wallboard.push;

import io.callcenter.wallboard.config.Layout;

/** Push state of one watched wallboard: its layout, what was last sent and when. Written by the push loop only. */
final class PushBoard {

    private volatile Layout layout;
    private volatile boolean urgent;
    private FiguresView lastFigures;
    private long lastCheckMs;
    private long lastFrameMs;

    PushBoard(Layout layout) {
        this.layout = layout;
    }

    Layout layout() {
        return layout;
    }

    /** A new layout: its figures go out at the next tick, even if equal to the last ones. */
    void relayout(Layout changed) {
        layout = changed;
        urgent = true;
        lastFigures = null;
    }

    /** Something screens should see soon (a new waiting caller). */
    void hurry() {
        urgent = true;
    }

    /** Whether to compute the figures now: once per {@code min}, or after {@code urgentMin} when hurried. */
    boolean due(long nowMs, long minMs, long urgentMinMs) {
        long since = nowMs - lastCheckMs;
        return since >= minMs || urgent && since >= urgentMinMs;
    }

    /** Records a computation; true when these figures differ from the last sent (the instant aside). */
    boolean changed(FiguresView figures, long nowMs) {
        urgent = false;
        lastCheckMs = nowMs;
        FiguresView timeless = figures.timeless();
        if (timeless.equals(lastFigures)) {
            return false;
        }
        lastFigures = timeless;
        return true;
    }

    void framed(long nowMs) {
        lastFrameMs = nowMs;
    }

    boolean quietFor(long nowMs, long heartbeatMs) {
        return nowMs - lastFrameMs >= heartbeatMs;
    }
}
