package io.callcenter.wallboard.figures;

import java.time.Instant;
import java.util.Set;

/**
 * CDI event (fired asynchronously: observe with {@code @ObservesAsync}) telling that the live figures changed
 * because new history rows arrived. Coalesced to at most one per {@code callcenter.wallboard.push-interval}
 * (default 1 s), except that a change bringing a new waiting caller goes out within
 * {@code callcenter.wallboard.urgent-push-interval} (default 250 ms). Clock-driven values (waits, time in state,
 * the sliding window moving) change without an event: re-read {@link WallboardFigures#live} on a timer for those.
 *
 * @param at when the change was noticed
 * @param queues queues whose calls changed (agents' changes: the queues they are logged in to); empty = all
 * @param newWaitingCaller a caller started waiting since the last event
 */
public record WallboardChanged(Instant at, Set<String> queues, boolean newWaitingCaller) {

    public WallboardChanged {
        queues = Set.copyOf(queues);
    }
}
