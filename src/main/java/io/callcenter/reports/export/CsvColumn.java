package io.callcenter.reports.export;

import java.util.function.Function;

/**
 * One CSV column: its header and the value of a row (null = empty field; anything else by {@code toString()}).
 *
 * @param header the header line's name
 * @param value the field's value for one row
 * @param <T> the row type
 */
public record CsvColumn<T>(String header, Function<T, Object> value) {

    public static <T> CsvColumn<T> of(String header, Function<T, Object> value) {
        return new CsvColumn<>(header, value);
    }
}
