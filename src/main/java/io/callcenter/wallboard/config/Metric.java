package io.callcenter.wallboard.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a wallboard tile or sparkline can show, with the unit its thresholds are written in and which way is bad.
 * The figures themselves come from the metric engine ({@code io.callcenter.metrics} definitions); this is only the
 * wallboard's vocabulary for choosing and judging them.
 */
public enum Metric {
    WAITING("waiting", "Calls waiting", Unit.COUNT, Direction.HIGH_IS_BAD),
    LONGEST_WAIT("longestWait", "Longest wait", Unit.SECONDS, Direction.HIGH_IS_BAD),
    OFFERED("offered", "Offered", Unit.COUNT, Direction.NEUTRAL),
    ANSWERED("answered", "Answered", Unit.COUNT, Direction.NEUTRAL),
    ABANDONED("abandoned", "Abandoned", Unit.COUNT, Direction.HIGH_IS_BAD),
    SERVICE_LEVEL("serviceLevel", "Service level", Unit.PERCENT, Direction.LOW_IS_BAD),
    ASA("asa", "ASA", Unit.SECONDS, Direction.HIGH_IS_BAD),
    AHT("aht", "AHT", Unit.SECONDS, Direction.HIGH_IS_BAD),
    ABANDON_RATE("abandonRate", "Abandon rate", Unit.PERCENT, Direction.HIGH_IS_BAD),
    OCCUPANCY("occupancy", "Occupancy", Unit.PERCENT, Direction.HIGH_IS_BAD),
    AGENTS_LOGGED_IN("agentsLoggedIn", "Agents logged in", Unit.COUNT, Direction.LOW_IS_BAD),
    AGENTS_READY("agentsReady", "Agents ready", Unit.COUNT, Direction.LOW_IS_BAD),
    AGENTS_ON_CALL("agentsOnCall", "Agents on call", Unit.COUNT, Direction.NEUTRAL),
    AGENTS_PAUSED("agentsPaused", "Agents paused", Unit.COUNT, Direction.HIGH_IS_BAD);

    /** How a threshold value is written: counts, whole or fractional seconds, percent 0..100. */
    public enum Unit { COUNT, SECONDS, PERCENT }

    /** Which way a value gets worse; neutral metrics take no thresholds. */
    public enum Direction { HIGH_IS_BAD, LOW_IS_BAD, NEUTRAL }

    private final String id;
    private final String label;
    private final Unit unit;
    private final Direction direction;

    Metric(String id, String label, Unit unit, Direction direction) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.direction = direction;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    /** The metric of this wire id. */
    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }

    /** For JSON bodies: unknown ids become null, so validation can name the field instead of a parse error. */
    @JsonCreator
    static Metric fromJson(String id) {
        return byId(id).orElse(null);
    }
}
