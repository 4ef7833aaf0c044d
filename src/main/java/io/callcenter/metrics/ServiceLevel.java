package io.callcenter.metrics;

import io.callcenter.acd.config.SlFormula;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Service level for every {@link SlFormula} variant from {@link CallCounts}, and the text a tile shows for it.
 * "Within" means wait {@code <=} the threshold; "short" means an abandon with wait {@code <} the short-abandon cut.
 */
public final class ServiceLevel {

    private ServiceLevel() {
    }

    /**
     * The variant's fraction, with W = answered within, A = answered, Aw = abandoned within, Ab = abandoned,
     * S / Sw = short abandons (within), L = left the queue (A + Ab + timed out + overflowed), O = offered:
     * <ul>
     * <li>ANSWERED: W ÷ A</li>
     * <li>ANSWERED_AND_ABANDONED: (W + Aw) ÷ (A + Ab)</li>
     * <li>LEFT_QUEUE: W ÷ L</li>
     * <li>OFFERED: W ÷ O</li>
     * <li>ANSWERED_AND_ABANDONED_EXCL_SHORT: (W + Aw − Sw) ÷ (A + Ab − S)</li>
     * <li>LEFT_QUEUE_EXCL_SHORT: W ÷ (L − S)</li>
     * <li>OFFERED_EXCL_SHORT: W ÷ (O − S)</li>
     * </ul>
     * A zero denominator gives an empty {@link Ratio}.
     */
    public static Ratio of(SlFormula formula, CallCounts c) {
        long w = c.answered().within();
        long a = c.answered().count();
        long aw = c.abandoned().within();
        long ab = c.abandoned().count();
        long s = c.shortAbandoned().count();
        long sw = c.shortAbandoned().within();
        return switch (formula) {
            case ANSWERED -> new Ratio(w, a);
            case ANSWERED_AND_ABANDONED -> new Ratio(w + aw, a + ab);
            case LEFT_QUEUE -> new Ratio(w, c.leftQueue());
            case OFFERED -> new Ratio(w, c.offered());
            case ANSWERED_AND_ABANDONED_EXCL_SHORT -> new Ratio(w + aw - sw, a + ab - s);
            case LEFT_QUEUE_EXCL_SHORT -> new Ratio(w, c.leftQueue() - s);
            case OFFERED_EXCL_SHORT -> new Ratio(w, c.offered() - s);
        };
    }

    /** The tile caption, e.g. "SL 20 s: answered within ÷ answered" or "... (abandons under 5 s ignored)". */
    public static String describe(SlFormula formula, Duration threshold, Duration shortAbandon) {
        String head = "SL " + seconds(threshold) + ": ";
        String shortCut = " (abandons under " + seconds(shortAbandon) + " ignored)";
        return switch (formula) {
            case ANSWERED -> head + "answered within ÷ answered";
            case ANSWERED_AND_ABANDONED -> head + "(answered + abandoned within) ÷ (answered + abandoned)";
            case LEFT_QUEUE -> head + "answered within ÷ calls that left the queue";
            case OFFERED -> head + "answered within ÷ offered";
            case ANSWERED_AND_ABANDONED_EXCL_SHORT -> head
                    + "(answered + abandoned within) ÷ (answered + abandoned)" + shortCut;
            case LEFT_QUEUE_EXCL_SHORT -> head + "answered within ÷ calls that left the queue" + shortCut;
            case OFFERED_EXCL_SHORT -> head + "answered within ÷ offered" + shortCut;
        };
    }

    /** "20 s", "1.5 s": whole seconds without decimals. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
