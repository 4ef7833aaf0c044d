package io.callcenter.reports.rollup;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.metrics.Contributions;
import io.callcenter.metrics.HandlingTotals;
import io.callcenter.metrics.QueuedCall;
import io.callcenter.metrics.ReportInterval;
import io.callcenter.metrics.StateInterval;
import io.callcenter.metrics.Thresholds;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.reports.cdr.ProjectedCall;
import io.callcenter.reports.cdr.QueueStay;
import io.callcenter.reports.query.AbandonPositions;
import io.callcenter.reports.query.AgentCalls;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Rollup deltas collected in memory per quarter hour before they are added to the tables in one go (the hour and
 * business-day rows get the sums of their quarters, {@link #coarser}); the only place calls and state intervals
 * become rollup contributions.
 */
public final class RollupBatch {

    private final BusinessDay day;
    private final Function<String, Thresholds> thresholds;
    final Map<RollupKey, QueueCell> queues = new HashMap<>();
    final Map<RollupKey, AgentCell> agents = new HashMap<>();

    public RollupBatch(BusinessDay day, Function<String, Thresholds> thresholds) {
        this.day = day;
        this.thresholds = thresholds;
    }

    /** Adds what the call contributes beyond what the rollups held ({@code alreadyCounted}, see the CDR's counted). */
    public void addCall(ProjectedCall p, int alreadyCounted) {
        Instant at = p.record().enqueuedAt();
        if (alreadyCounted < 1 && p.counted() >= 1) {
            for (int i = 0; i < p.stays().size(); i++) {
                QueueStay stay = p.stays().get(i);
                Optional<QueuedCall> q = p.queued().get(i);
                if (q.isEmpty()) {
                    continue;
                }
                // the rules recorded when the stay began, so a later threshold change does not reclassify it
                Thresholds t = stay.rules().map(r -> Thresholds.of(r, Thresholds.DEFAULT_EDGES))
                        .orElseGet(() -> thresholds.apply(stay.queue()));
                CallCounts c = Contributions.of(q.get(), t);
                AbandonPositions pos = q.get().outcome() == CallOutcome.ABANDONED
                        ? p.record().abandonPosition().filter(n -> n > 0).map(AbandonPositions::one)
                                .orElse(AbandonPositions.NONE)
                        : AbandonPositions.NONE;
                addQueue(stay.queue(), stay.enqueuedAt(), new QueueCell(c, pos));
            }
            p.agentCalls().forEach((agent, calls) -> addAgent(agent, at, new AgentCell(AgentCell.ZERO.time(), calls)));
        }
        if (alreadyCounted < 2 && p.counted() >= 2 && p.handling().isPresent()) {
            QueueStay last = p.stays().get(p.stays().size() - 1);
            addQueue(last.queue(), last.enqueuedAt(), new QueueCell(Contributions.of(p.handling().get()),
                    AbandonPositions.NONE));
            p.record().agent().ifPresent(agent -> addAgent(agent, at, new AgentCell(AgentCell.ZERO.time(),
                    new AgentCalls(0, 0, 0, HandlingTotals.of(p.handling().get())))));
        }
    }

    /** Adds a closed state interval of an agent, cut into quarter hours (logged-out time is not kept). */
    public void addInterval(String agent, StateInterval interval) {
        if (interval.state() == AgentState.LOGGED_OUT || !interval.to().isAfter(interval.from())) {
            return;
        }
        Instant q = quarterOf(interval.from());
        while (q.isBefore(interval.to())) {
            TimeWindow w = ReportInterval.QUARTER_HOUR.containing(q, day);
            AgentTime t = AgentTime.of(List.of(interval), w);
            addAgent(agent, q, new AgentCell(t, AgentCalls.NONE));
            q = w.end();
        }
    }

    /** Adds this batch to the rollup tables (in the caller's transaction). */
    public void writeTo(java.sql.Connection c) throws java.sql.SQLException {
        RollupWriter.write(c, this);
    }

    public boolean isEmpty() {
        return queues.isEmpty() && agents.isEmpty();
    }

    private void addQueue(String queue, Instant at, QueueCell cell) {
        queues.merge(new RollupKey(Grain.QUARTER, queue, quarterOf(at), null), cell, QueueCell::plus);
    }

    private void addAgent(String agent, Instant at, AgentCell cell) {
        agents.merge(new RollupKey(Grain.QUARTER, agent, quarterOf(at), null), cell, AgentCell::plus);
    }

    /** The quarter cells summed per hour or business day (sum of the parts = the whole). */
    <C> Map<RollupKey, C> coarser(Map<RollupKey, C> quarters, Grain grain, BinaryOperator<C> plus) {
        Map<RollupKey, C> out = new HashMap<>();
        quarters.forEach((k, cell) -> out.merge(grain == Grain.HOUR
                ? new RollupKey(Grain.HOUR, k.name(), Grain.hourOf(k.at()), null)
                : new RollupKey(Grain.DAY, k.name(), null, day.dateOf(k.at())), cell, plus));
        return out;
    }

    private Instant quarterOf(Instant at) {
        return Grain.quarterOf(at, day);
    }
}
