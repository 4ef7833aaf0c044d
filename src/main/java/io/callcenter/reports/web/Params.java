package io.callcenter.reports.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Typed access to raw report parameters; a value that does not parse adds an error and yields the default. */
record Params(Map<String, String> raw, ParamErrors errors) {

    /** The trimmed value, empty when absent or blank. */
    Optional<String> text(String name) {
        String v = raw.get(name);
        if (v != null && v.length() > 200) {
            errors.add(name, "at most 200 characters");
            return Optional.empty();
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** A comma-separated list, blanks dropped. */
    List<String> list(String name) {
        return text(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList()).orElse(List.of());
    }

    <T> T choice(String name, Function<String, Optional<T>> find, T fallback) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        Optional<T> found = find.apply(v.get());
        if (found.isEmpty()) {
            errors.add(name, "unknown value '" + v.get() + "'");
        }
        return found.orElse(fallback);
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
            errors.add(name, "must be between " + min + " and " + max + ", got " + n);
        } catch (NumberFormatException e) {
            errors.add(name, "'" + v.get() + "' is not a whole number");
        }
        return fallback;
    }
}
