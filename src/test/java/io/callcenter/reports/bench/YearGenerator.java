package io.callcenter.reports.bench;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.SlFormula;
import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.StateInterval;
import io.callcenter.reports.cdr.CallHistory;
import io.callcenter.reports.cdr.StepRow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Synthetic history of a contact centre, one day at a time: calls arriving on a weekday/hour curve spread over
 * weighted queues with realistic outcomes and handling times, and agents working staggered 8-hour shifts with breaks
 * and lunch. Deterministic for a seed; each day (and each agent's day) has its own random stream, so days can be
 * generated in parallel and in any order. Business hours: 07:00-21:00 UTC Monday to Saturday ({@link #OPEN_FROM}).
 */
public final class YearGenerator {

    /** Bump when the generated data changes, so a kept dataset is regenerated. */
    public static final int VERSION = 2;
    /** Queues are open from this hour to {@link #OPEN_TO} (UTC), Monday to Saturday. */
    public static final int OPEN_FROM = 7;
    public static final int OPEN_TO = 21;

    /** Relative arrivals per local hour on a weekday: quiet nights, peaks at 10-11 and 14-15. */
    private static final double[] HOURLY = {0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 7.5, 6, 6.5, 7.5, 7,
        6, 4.5, 3, 2, 1.2, 0.8, 0.4, 0.2};
    private static final double[] WEEKDAY = {1.0, 0.95, 0.9, 0.9, 0.85, 0.35, 0.15};
    private static final SlRules RULES = new SlRules(Duration.ofSeconds(20), Duration.ofSeconds(5), SlFormula.ANSWERED);
    private static final String[] DISPOSITIONS = {"sale", "support", "callback", "complaint", "info"};

    private final long seed;
    private final int queues;
    private final int agents;
    private final double callsPerWeight;
    private SplittableRandom random;
    private String prefix;
    private long seq;

    public YearGenerator(long seed, int queues, int agents, long calls, LocalDate first, int days) {
        this.seed = seed;
        this.queues = queues;
        this.agents = agents;
        double weight = 0;
        for (int d = 0; d < days; d++) {
            weight += WEEKDAY[first.plusDays(d).getDayOfWeek().ordinal()] * 4 * sum(HOURLY);
        }
        this.callsPerWeight = calls / weight;
    }

    /** A generator for one day (not thread-safe; one per thread). */
    public YearGenerator forDay(LocalDate day) {
        YearGenerator g = new YearGenerator(seed, queues, agents, callsPerWeight);
        g.random = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
        g.prefix = "gen-" + day.toString().replace("-", "") + "-";
        return g;
    }

    private YearGenerator(long seed, int queues, int agents, double callsPerWeight) {
        this.seed = seed;
        this.queues = queues;
        this.agents = agents;
        this.callsPerWeight = callsPerWeight;
    }

    /** The calls of one day, in enqueue order (on a {@link #forDay} generator of that day). */
    public void calls(LocalDate day, Consumer<CallHistory> sink) {
        double dayFactor = WEEKDAY[day.getDayOfWeek().ordinal()];
        Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int quarter = 0; quarter < 96; quarter++) {
            double mean = callsPerWeight * dayFactor * HOURLY[quarter / 4];
            long n = (long) Math.floor(mean + random.nextDouble());
            Instant qStart = midnight.plusSeconds(quarter * 900L);
            List<Instant> times = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                times.add(qStart.plusMillis(random.nextLong(900_000)));
            }
            times.sort(null);
            boolean open = quarter >= OPEN_FROM * 4 && quarter < OPEN_TO * 4 && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            for (Instant at : times) {
                sink.accept(call(at, open, mean));
            }
        }
    }

    /** One agent's closed state intervals of the day (none on its days off). */
    public void agentDay(int agent, LocalDate day, Consumer<StateInterval> sink) {
        SplittableRandom random = new SplittableRandom((seed * 1_000_003L + day.toEpochDay()) * 1_009L + agent);
        int weekday = day.getDayOfWeek().ordinal();
        if (weekday >= 5 && agent % 4 != weekday - 5 || weekday < 5 && agent % 7 == weekday) {
            return;
        }
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(6 * 3600 + agent % 33 * 900L);
        Instant t = start;
        for (int q = 0; q < 32; q++) {
            String pause = q == 8 || q == 24 ? "break" : q == 16 || q == 17 ? "lunch" : null;
            if (pause != null) {
                t = emit(sink, AgentState.PAUSED, t, 900_000, pause);
                continue;
            }
            long ready = 60_000 + random.nextLong(240_000);
            long ring = 5_000 + random.nextLong(15_000);
            long wrap = 30_000 + random.nextLong(90_000);
            t = emit(sink, AgentState.READY, t, ready, null);
            t = emit(sink, AgentState.RESERVED, t, ring, null);
            t = emit(sink, AgentState.ON_CALL, t, 900_000 - ready - ring - wrap, null);
            t = emit(sink, AgentState.WRAP_UP, t, wrap, null);
        }
    }

    private static Instant emit(Consumer<StateInterval> sink, AgentState s, Instant from, long ms, String reason) {
        Instant to = from.plusMillis(ms);
        sink.accept(new StateInterval(s, from, to, Optional.ofNullable(reason)));
        return to;
    }

    private CallHistory call(Instant at, boolean open, double load) {
        String id = prefix + String.format("%06d", ++seq);
        int q = queue();
        String queue = String.format("queue-%02d", q);
        String number = "+4930" + (1_000_000 + random.nextInt(9_000_000));
        String did = String.valueOf(5000 + q);
        int position = 1 + (int) (random.nextDouble() * Math.min(20, 1 + load / 40));
        List<StepRow> steps = new ArrayList<>();
        double r = random.nextDouble();
        if (!open) {
            steps.add(step(at, "overflow", queue, null, "after_hours -> hangup:closed"));
            return history(id, number, did, queue, at, 0, null, null, "overflowed", "after_hours", null, null,
                    at.plusSeconds(8), "system", 0, null, steps);
        }
        // the queue's rules, recorded on the enqueue step as the ACD does (V95): the benchmark queues' defaults
        steps.add(new StepRow(0, at, "enqueue", queue, null, null, null, null, Optional.of(RULES)));
        long waitMs = (long) (-Math.log(1 - random.nextDouble()) * 25_000);
        if (r < 0.86) {
            String agent = String.format("agent%03d", random.nextInt(agents));
            if (random.nextDouble() < 0.05) {
                String other = String.format("agent%03d", random.nextInt(agents));
                steps.add(step(at.plusMillis(waitMs / 3), "offer", queue, other, null));
                steps.add(step(at.plusMillis(waitMs / 2), "offer_result", queue, other, "no_answer"));
            }
            Instant answered = at.plusMillis(waitMs);
            steps.add(step(answered.minusSeconds(3), "offer", queue, agent, null));
            steps.add(step(answered, "offer_result", queue, agent, "answered"));
            long talk = (long) Math.exp(12.2 + random.nextGaussian() * 0.6);
            long hold = random.nextDouble() < 0.15 ? 5_000 + random.nextLong(55_000) : 0;
            Instant ended = answered.plusMillis(talk + hold);
            return history(id, number, did, queue, at, position, answered, agent, "answered", null, null, null, ended,
                    random.nextBoolean() ? "caller" : "agent", hold, ended.plusMillis(10_000 + random.nextLong(50_000)),
                    steps);
        }
        if (r < 0.94) {
            long abandon = (long) (-Math.log(1 - random.nextDouble()) * 40_000);
            Instant left = at.plusMillis(abandon);
            steps.add(step(left, "abandon", queue, null, "position " + position));
            return history(id, number, did, queue, at, position, null, null, "abandoned", null, abandon, position,
                    left, "caller", 0, null, steps);
        }
        boolean timeout = r < 0.98;
        Instant left = timeout ? at.plusSeconds(300) : at;
        steps.add(step(left, "overflow", queue, null, (timeout ? "max_wait" : "max_length") + " -> hangup:goodbye"));
        return history(id, number, did, queue, at, position, null, null, "overflowed",
                timeout ? "max_wait" : "max_length", null, null, left.plusSeconds(5), "system", 0, null, steps);
    }

    private CallHistory history(String id, String number, String did, String queue, Instant at, int position,
            Instant answered, String agent, String outcome, String reason, Long abandonMs, Integer abandonPosition,
            Instant ended, String side, long hold, Instant wrapEnd, List<StepRow> steps) {
        return new CallHistory("bench-ast", id, number, null, did, queue, queue, at, position, answered, agent,
                outcome, reason, abandonMs, abandonPosition, null, side, 16,
                answered != null ? DISPOSITIONS[random.nextInt(DISPOSITIONS.length)] : null, ended, hold, wrapEnd,
                answered != null && random.nextDouble() < 0.3 ? "rec-" + id : null, steps, Optional.empty());
    }

    private StepRow step(Instant at, String kind, String queue, String agent, String detail) {
        return new StepRow(0, at, kind, queue, agent, agent == null ? null : "ch-" + agent, detail, null);
    }

    /** Queue 1 gets the most calls, the last the fewest (weights 1/(i+1)). */
    private int queue() {
        double total = 0;
        for (int i = 0; i < queues; i++) {
            total += 1.0 / (i + 1);
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < queues; i++) {
            x -= 1.0 / (i + 1);
            if (x <= 0) {
                return i + 1;
            }
        }
        return queues;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
