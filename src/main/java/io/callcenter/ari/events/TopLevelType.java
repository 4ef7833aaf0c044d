package io.callcenter.ari.events;

/**
 * Finds a frame's top-level {@code "type"} string by scanning its characters, without a JSON parser.
 * <p>
 * Why: Asterisk writes {@code type} first in most frames but not in all ({@code ChannelVarset} starts with
 * {@code variable}, {@code ChannelHangupRequest} and {@code ChannelDestroyed} with {@code cause}: 40 % of the frames
 * of a recorded call); for those a second Jackson parser over the frame was ~10 % of the websocket reader's parse
 * samples. The scan only tracks strings and nesting, and answers "don't know" ({@code null}) on anything it does
 * not handle (an escape in a top-level key or in the type, a non-string type, no type, text that is not an object),
 * so the caller's parser decides those exactly as before.
 */
final class TopLevelType {

    private TopLevelType() {
    }

    /** The value of the first top-level {@code "type"} key when it is a plain string, else null (undecided). */
    static String scan(String json) {
        int n = json.length();
        int i = skipSpace(json, 0);
        if (i >= n || json.charAt(i) != '{') {
            return null;
        }
        int depth = 0;
        boolean keyNext = false;
        for (; i < n; i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = stringEnd(json, i);
                if (end < 0) {
                    return null;
                }
                if (depth == 1 && keyNext) {
                    if (hasEscape(json, i, end)) {
                        return null; // an escaped key could spell "type"
                    }
                    if (end - i == 5 && json.startsWith("type", i + 1)) {
                        return value(json, end + 1);
                    }
                    keyNext = false;
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
                keyNext = depth == 1;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return null;
                }
            } else if (c == ',' && depth == 1) {
                keyNext = true;
            }
        }
        return null;
    }

    /** The plain string value after a key's closing quote ({@code : "..."}), or null. */
    private static String value(String json, int from) {
        int i = skipSpace(json, from);
        if (i >= json.length() || json.charAt(i) != ':') {
            return null;
        }
        i = skipSpace(json, i + 1);
        if (i >= json.length() || json.charAt(i) != '"') {
            return null;
        }
        int end = stringEnd(json, i);
        if (end < 0 || hasEscape(json, i, end)) {
            return null;
        }
        return json.substring(i + 1, end);
    }

    /** Index of the closing quote of the string opening at {@code open} (escapes skipped), or -1. */
    private static int stringEnd(String json, int open) {
        for (int i = open + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                i++;
            }
        }
        return -1;
    }

    private static boolean hasEscape(String json, int open, int end) {
        for (int i = open + 1; i < end; i++) {
            if (json.charAt(i) == '\\') {
                return true;
            }
        }
        return false;
    }

    private static int skipSpace(String json, int i) {
        while (i < json.length() && (json.charAt(i) == ' ' || json.charAt(i) == '\t' || json.charAt(i) == '\n'
                || json.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
