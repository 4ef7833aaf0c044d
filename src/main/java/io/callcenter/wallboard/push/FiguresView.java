package io.callcenter.wallboard.push;

import io.callcenter.wallboard.config.ThresholdRule;
import io.callcenter.wallboard.figures.AgentRow;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.Trend;
import io.callcenter.wallboard.figures.WaitingCaller;
import java.util.List;

/**
 * A wallboard's figures at one instant, as REST returns them and the push sends them ({@code type} "figures").
 *
 * @param type always "figures" (push frames are told apart by it)
 * @param atMs the instant, epoch ms
 * @param live whether these are the live figures (false: time travel)
 * @param windowStartMs start of the calls counted (business day start or sliding window start), epoch ms
 * @param tiles one per queue of the wallboard, in its order
 * @param overall the wallboard's queues together
 * @param agents agent rows
 * @param waiting waiting callers, by queue then position
 * @param trend sparkline series (null when the wallboard has no sparkline)
 * @param thresholds time travel only: the yellow/red thresholds in force at the instant, which the screen colours
 *     the tiles with instead of the layout's present ones (null when live)
 */
public record FiguresView(String type, long atMs, boolean live, long windowStartMs, List<TileView> tiles,
        TileView overall, List<AgentRow> agents, List<WaitingCaller> waiting, TrendView trend,
        List<ThresholdRule> thresholds) {

    /** The same figures without their instant: equal when nothing a screen shows changed. */
    FiguresView timeless() {
        return new FiguresView(type, 0, live, windowStartMs, tiles, overall, agents, waiting, trend, thresholds);
    }

    static FiguresView of(Snapshot s, boolean live, Trend trend, List<ThresholdRule> thresholds) {
        return new FiguresView("figures", s.at().toEpochMilli(), live, s.window().start().toEpochMilli(),
                s.queues().values().stream().map(TileView::of).toList(), TileView.of(s.overall()), s.agents(),
                s.waiting(), trend == null ? null : TrendView.of(trend), thresholds);
    }
}
