package io.callcenter.acd.admin;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Shapes of the names and small values in ACD configuration, and their checks. */
final class Names {

    static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    static final Pattern DID = Pattern.compile("[0-9A-Za-z*#+_.-]{1,80}");
    static final Pattern SKILL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");
    static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,79}");
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private Names() {
    }

    /** Parses an enum constant, case-insensitive, '-' accepted for '_' (e.g. "ring-all"); null → fallback. */
    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String wanted = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        errors.add(field, "unknown value '" + value + "'; known: " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return fallback;
    }

    /** Trimmed text of at most {@code max} characters; blank → fallback (an error when there is none). */
    static String text(String value, String fallback, int max, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.check(fallback != null, field, "is required");
            return fallback;
        }
        String trimmed = value.trim();
        errors.check(trimmed.length() <= max, field, "has at most " + max + " characters");
        return trimmed;
    }

    /** Trimmed value matching the pattern, or null when blank. */
    static String optionalMatch(String value, Pattern pattern, String field, String shape, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        errors.check(pattern.matcher(trimmed).matches(), field, "'" + value + "' is not " + shape);
        return trimmed;
    }

    /** Skill name → level (≥ 0). */
    static Map<String, Integer> skills(Map<String, Integer> skills, String field, FieldErrors errors) {
        Map<String, Integer> result = new HashMap<>();
        (skills == null ? Map.<String, Integer>of() : skills).forEach((skill, level) -> {
            boolean named = errors.check(skill != null && SKILL.matcher(skill).matches(), field,
                    "'" + skill + "' is not a skill name (1-60 letters, digits, '.', '_', '-')");
            boolean leveled = errors.check(level != null && level >= 0, field,
                    "the level of '" + skill + "' must be 0 or more, got " + level);
            if (named && leveled) {
                result.put(skill, level);
            }
        });
        return result;
    }
}
