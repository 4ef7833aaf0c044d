package io.callcenter.reports.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes rows as CSV while a source produces them (e.g. a database cursor): each row is turned into one line and
 * forgotten, so memory stays flat however many rows there are. UTF-8, header first.
 *
 * @param <T> the row type
 */
public final class CsvStream<T> implements StreamingOutput {

    /** Pushes every row to the sink, in order, on the calling thread. */
    @FunctionalInterface
    public interface Source<T> {
        void forEach(Consumer<T> sink);
    }

    private final List<CsvColumn<T>> columns;
    private final Source<T> source;

    public CsvStream(List<CsvColumn<T>> columns, Source<T> source) {
        this.columns = List.copyOf(columns);
        this.source = source;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
        Csv.writeRow(out, columns.stream().map(CsvColumn::header).toList());
        List<String> fields = new ArrayList<>(columns.size());
        try {
            source.forEach(row -> {
                fields.clear();
                for (CsvColumn<T> column : columns) {
                    Object value = column.value().apply(row);
                    fields.add(value == null ? null : value.toString());
                }
                try {
                    Csv.writeRow(out, fields);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the client went away: stop the source, release its cursor
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
