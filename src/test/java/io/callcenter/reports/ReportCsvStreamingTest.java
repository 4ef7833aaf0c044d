package io.callcenter.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A million calls exported as CSV over HTTP: the server streams them from a database cursor and this client reads the
 * body as a stream, counting lines and keeping nothing, so neither side ever holds the file.
 */
@QuarkusTest
class ReportCsvStreamingTest {

    private static final int CALLS = 1_000_000;

    @Inject
    AgroalDataSource ds;

    @Inject
    TestUsers users;

    @TestHTTPResource("/")
    URL root;

    private final String queue = "bulk-" + System.nanoTime() % 1_000_000;

    @AfterEach
    void dropTheCalls() throws Exception {
        sql("delete from report_cdr where queue = '" + queue + "'");
    }

    @Test
    void aMillionCallsStreamAsCsv() throws Exception {
        // 2031-01-05, one call every 50 ms from midnight: 1,000,000 calls in 13.9 hours of one day
        sql("insert into report_cdr (asterisk_id, call_id, caller_number, did, first_queue, queue, queues, enqueued_at,"
                + " ended_at, outcome, agents_offered, wait_ms, hold_ms, duration_ms, hangup_side)"
                + " select 'bulk', 'call-' || g, '555' || g, '5000', '" + queue + "', '" + queue + "', array['" + queue
                + "'], timestamptz '2031-01-05 00:00:00Z' + g * interval '50 milliseconds',"
                + " timestamptz '2031-01-05 00:00:00Z' + g * interval '50 milliseconds' + interval '3 seconds',"
                + " 'abandoned', '{}', 3000, 0, 3000, 'caller' from generate_series(1, " + CALLS + ") g");
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "api/reports/calls/csv?from=2031-01-05&to=2031-01-05"
                + "&queue=" + queue)).header("Cookie", TestLogin.SESSION_COOKIE + "=" + admin.cookie()).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long lines = 0;
        String firstLine = null;
        StringBuilder head = new StringBuilder();
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (head.length() < 400) {
                    head.append(new String(buffer, 0, Math.min(n, 400), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        firstLine = head.toString().split("\r\n")[1];
        assertEquals(CALLS + 1, lines, "header + one line per call");
        assertTrue(firstLine.startsWith("2031-01-05T13:53:20Z,,2031-01-05T13:53:23Z,5551000000,,5000," + queue),
                "newest first: " + firstLine);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
