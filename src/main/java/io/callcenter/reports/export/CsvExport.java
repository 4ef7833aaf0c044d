package io.callcenter.reports.export;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Streams a query's rows as CSV while PostgreSQL produces them: a read-only transaction with auto-commit off and a
 * fetch size, so the driver keeps a cursor and holds only one batch in memory however many rows there are. The
 * connection is held only while the response is written and is released even when the client goes away.
 */
public final class CsvExport implements StreamingOutput {

    private final DataSource dataSource;
    private final CursorQuery query;
    private final List<CsvColumn> columns;
    private final int fetchSize;

    public CsvExport(DataSource dataSource, CursorQuery query, List<CsvColumn> columns, int fetchSize) {
        this.dataSource = dataSource;
        this.query = query;
        this.columns = List.copyOf(columns);
        this.fetchSize = fetchSize;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
        Csv.writeRow(out, columns.stream().map(CsvColumn::header).toList());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL only uses a cursor (fetch size) inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(query.sql(),
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(fetchSize);
                query.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    writeRows(rows, out);
                }
            } finally {
                connection.rollback(); // nothing was written; ends the transaction before the pool takes it back
            }
        } catch (SQLException e) {
            // the header is out already: the status cannot change any more, the client sees a cut-off file
            throw new WebApplicationException("CSV export failed: " + e.getMessage(), e);
        }
        out.flush();
    }

    private void writeRows(ResultSet rows, BufferedWriter out) throws SQLException, IOException {
        List<String> fields = new ArrayList<>(columns.size());
        while (rows.next()) {
            fields.clear();
            for (CsvColumn column : columns) {
                fields.add(column.value().read(rows));
            }
            Csv.writeRow(out, fields);
        }
    }
}
