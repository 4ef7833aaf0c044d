package io.callcenter.reports.export;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One CSV column of a JDBC export: its header and how to read its text from the current row.
 *
 * @param header the header line's name
 * @param value the field's text for the cursor's current row (null = empty field)
 */
public record CsvColumn(String header, Cell value) {

    /** Reads one field from the current row. */
    @FunctionalInterface
    public interface Cell {
        String read(ResultSet row) throws SQLException;
    }

    /** A column that is the text of a result column as the driver renders it. */
    public static CsvColumn text(String header, String column) {
        return new CsvColumn(header, row -> row.getString(column));
    }
}
