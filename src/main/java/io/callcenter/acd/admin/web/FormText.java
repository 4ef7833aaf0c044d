package io.callcenter.acd.admin.web;

import io.callcenter.security.problem.ProblemException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plain-text notations of the ACD admin forms: "a, b" lists and "name:number" pairs. */
final class FormText {

    private FormText() {
    }

    static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\s]+")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** "english:5, german:2" → ordered map; a missing or unreadable number becomes null (the service names it). */
    static Map<String, Integer> pairs(String text) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String item : list(text)) {
            int colon = item.indexOf(':');
            String key = colon < 0 ? item : item.substring(0, colon);
            result.put(key, colon < 0 ? Integer.valueOf(0) : number(key, item.substring(colon + 1)));
        }
        return result;
    }

    /** A whole number, null when blank, else a 400 problem naming the field. */
    static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("validation", "Invalid request",
                    field + ": '" + text + "' is not a whole number");
        }
    }

    static String join(List<String> items) {
        return String.join(", ", items);
    }

    static String join(Map<String, Integer> pairs) {
        return String.join(", ", pairs.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
    }
}
