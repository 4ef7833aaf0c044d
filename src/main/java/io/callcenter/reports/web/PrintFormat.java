package io.callcenter.reports.web;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formatting for the printable report pages: {@code {rep:dur(ms)}}, {@code {rep:pct(p)}}, ...; no value = "—". */
@TemplateExtension(namespace = "rep")
public final class PrintFormat {

    static final String NO_VALUE = "—";

    private PrintFormat() {
    }

    /** Milliseconds as h:mm:ss or m:ss. */
    static String dur(Long ms) {
        if (ms == null) {
            return NO_VALUE;
        }
        long s = Math.round(ms / 1000.0);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A percentage with one decimal. */
    static String pct(Double p) {
        return p == null ? NO_VALUE : String.format(Locale.ROOT, "%.1f %%", p);
    }

    /** A number or "—". */
    static String num(Object n) {
        return n == null ? NO_VALUE : n.toString();
    }

    /** The local date and time of an ISO date-time with offset ("2026-11-27 09:15:02"). */
    static String time(String iso) {
        return iso == null ? NO_VALUE : iso.substring(0, Math.min(19, iso.length())).replace('T', ' ');
    }

    /** An element of a list of percentages (answered within the i-th edge). */
    static String pctAt(List<Double> values, int i) {
        return i < values.size() ? pct(values.get(i)) : NO_VALUE;
    }

    /** Paused time for one reason. */
    static String reason(Map<String, Long> byReason, String reason) {
        return dur(byReason.getOrDefault(reason, 0L));
    }
}
