package io.callcenter.metrics;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A fraction kept as its two counts, so a tile can show "17 / 20" and an empty denominator stays empty, never NaN.
 *
 * @param numerator the part
 * @param denominator the whole; 0 means "no value" (shown as "—")
 */
public record Ratio(long numerator, long denominator) {

    /** Shown for a metric without a value. */
    public static final String NO_VALUE = "—";

    /** numerator ÷ denominator, empty when the denominator is 0 (or negative, which only inconsistent data gives). */
    public OptionalDouble value() {
        return denominator > 0 ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
    }

    /** The value × 100, empty like {@link #value()}. */
    public OptionalDouble percent() {
        OptionalDouble v = value();
        return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * 100) : v;
    }

    /** "85.0 %" with one decimal, or "—". */
    public String display() {
        OptionalDouble p = percent();
        return p.isPresent() ? String.format(Locale.ROOT, "%.1f %%", p.getAsDouble()) : NO_VALUE;
    }
}
