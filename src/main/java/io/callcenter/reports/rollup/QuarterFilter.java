package io.callcenter.reports.rollup;

import java.time.Instant;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Which quarter hours of which name a report keeps (the business-hours filter). Names share a rule when their
 * {@code groups} values are equal, so the rule is evaluated once per distinct rule, not once per name.
 *
 * @param groups the rule of each name that has its own
 * @param other the rule of every name not in {@code groups}
 * @param keep whether a rule keeps the quarter hour starting at an instant
 * @param <G> the rule type (e.g. a queue's optional business hours)
 */
public record QuarterFilter<G>(Map<String, G> groups, G other, BiPredicate<G, Instant> keep) {
}
