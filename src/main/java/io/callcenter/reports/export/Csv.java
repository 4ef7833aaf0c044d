package io.callcenter.reports.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote, CR, LF or leading /
 * trailing space, quotes doubled. Null is an empty field. Values are written as they are (no "formula" prefixing:
 * caller numbers such as {@code +33...} must survive the round trip).
 */
public final class Csv {

    private Csv() {
    }

    /** One field, quoted if it needs to be. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Writes one record followed by CRLF. */
    public static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** A download file name: the report's slug and its period, safe in a Content-Disposition header. */
    public static String fileName(String report, String period) {
        return (report + "_" + period).replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv";
    }
}
