package io.callcenter.reports.export;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A parameterised SELECT read through a server-side cursor.
 *
 * @param sql the statement, with {@code ?} placeholders
 * @param parameters bound in order with {@link PreparedStatement#setObject}
 */
public record CursorQuery(String sql, List<Object> parameters) {

    public CursorQuery {
        parameters = List.copyOf(parameters);
    }

    void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
