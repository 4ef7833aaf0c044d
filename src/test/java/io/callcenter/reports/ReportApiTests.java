package io.callcenter.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.callcenter.reports.rollup.ReportProjection;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report JSON, CSV and printable pages over {@link ReportDataset}'s hand-computed day: the web side shows the data
 * side's figures unchanged (ms, percent, centre's zone = UTC in tests), pages the call search, scopes supervisors.
 */
@QuarkusTest
class ReportApiTests {

    @Inject
    AgroalDataSource ds;

    @Inject
    ReportProjection projection;

    @Inject
    TestUsers users;

    ReportDataset data;
    TestLogin.Session admin;

    @BeforeEach
    void load() throws Exception {
        data = new ReportDataset(new HistoryFixture(ds), projection);
        data.load();
        admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }

    private RequestSpecification day(TestLogin.Session who) {
        return who.api().queryParam("from", "2026-03-10").queryParam("to", "2026-03-10").queryParam("queue", data.queue);
    }

    /** The same period, asking like a browser (no JSON Accept header). */
    private RequestSpecification dayPlain(TestLogin.Session who) {
        return who.withoutCsrf().queryParam("from", "2026-03-10").queryParam("to", "2026-03-10")
                .queryParam("queue", data.queue);
    }

    @Test
    void queueIntervalReportShowsTheFiguresInMsAndPercent() {
        day(admin).queryParam("interval", "quarter-hour").get("/api/reports/queue-interval").then().statusCode(200)
                .body("period.zone", equalTo("UTC")).body("period.from", equalTo("2026-03-10T00:00:00Z"))
                .body("edgesSeconds", contains(10, 20, 30, 60, 120)).body("rows", hasSize(2))
                .body("rows[0].bucket.start", equalTo("2026-03-10T10:00:00Z"))
                .body("rows[0].offered", equalTo(5)).body("rows[0].answered", equalTo(2))
                .body("rows[0].abandoned", equalTo(2)).body("rows[0].shortAbandoned", equalTo(1))
                .body("rows[0].timedOut", equalTo(1)).body("rows[0].afterHours", equalTo(1))
                .body("rows[0].serviceLevel", equalTo(50.0f)).body("rows[0].asaMs", equalTo(16_500))
                .body("rows[0].ahtMs", equalTo(140_000)).body("rows[0].maxWaitMs", equalTo(120_000))
                .body("rows[0].answeredWithin", contains(50.0f, 50.0f, 100.0f, 100.0f, 100.0f))
                .body("rows[1].ahtMs", nullValue())
                .body("totals[0].offered", equalTo(6)).body("totals[0].bucket.kind", equalTo("total"));
    }

    @Test
    void agentAndAbandonReports() {
        admin.api().queryParam("from", "2026-03-10").queryParam("to", "2026-03-10").queryParam("agent", data.agentA)
                .queryParam("interval", "day").get("/api/reports/agent-performance").then().statusCode(200)
                .body("totals", hasSize(1)).body("totals[0].loggedInMs", equalTo(3_000_000))
                .body("totals[0].readyMs", equalTo(987_000)).body("totals[0].pausedByReasonMs.lunch", equalTo(1_800_000))
                .body("totals[0].missed", equalTo(1)).body("totals[0].ahtMs", equalTo(210_000))
                .body("totals[0].occupancy", equalTo(17.5f));
        day(admin).queryParam("interval", "day").get("/api/reports/abandons").then().statusCode(200)
                .body("rows[0].abandoned", equalTo(2)).body("rows[0].averageWaitMs", equalTo(21_500))
                .body("rows[0].abandonRate", equalTo(33.3f)).body("rows[0].averagePosition", equalTo(1.5f))
                .body("rows[0].waitBins", contains(1, 0, 0, 1, 0, 0)).body("positionLabels[5]", equalTo(">10"));
    }

    @Test
    void callSearchPagesWithTheServersCursorAndFilters() {
        String next = day(admin).queryParam("size", 4).get("/api/reports/calls").then().statusCode(200)
                .body("calls", hasSize(4)).body("calls[0].callId", equalTo(data.call(7)))
                .body("next", notNullValue()).extract().path("next");
        List<String> older = day(admin).queryParam("size", 4).queryParam("after", next).get("/api/reports/calls").then()
                .statusCode(200).body("next", nullValue()).extract().path("calls.callId");
        assertTrue(older.contains(data.call(1)), older::toString);
        day(admin).queryParam("outcome", "abandoned").get("/api/reports/calls").then().statusCode(200)
                .body("calls.callId", contains(data.call(4), data.call(3)))
                .body("calls[0].waitMs", equalTo(40_000)).body("calls[0].abandonPosition", equalTo(2));
        day(admin).queryParam("number", "5551001").get("/api/reports/calls").then()
                .body("calls", hasSize(1)).body("calls[0].talkMs", equalTo(170_000)).body("calls[0].holdMs", equalTo(10_000))
                .body("calls[0].enqueuedAt", equalTo("2026-03-10T10:00:00Z")).body("calls[0].hangupSide", equalTo("caller"));
    }

    @Test
    void callDetailHasStaysLegsAndTimeline() {
        admin.api().get("/api/reports/calls/" + HistoryFixture.AST + "/" + data.call(2)).then().statusCode(200)
                .body("call.agentsOffered", contains(data.agentA, data.agentB))
                .body("legs.role", contains("caller", "agent", "agent")).body("legs[1].result", equalTo("no_answer"))
                .body("stays[0].queue", equalTo(data.queue)).body("timeline.kind", hasSize(7))
                .body("timeline[0].kind", equalTo("enqueue")).body("recordingUrl", nullValue());
        admin.api().get("/api/reports/calls/" + HistoryFixture.AST + "/no-such-call").then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-call"));
    }

    @Test
    void supervisorsSeeTheirQueuesOnly() {
        TestLogin.Session mine = TestLogin.as(users.supervisor(data.queue), TestUsers.PASSWORD);
        TestLogin.Session other = TestLogin.as(users.supervisor("other-" + data.tag), TestUsers.PASSWORD);
        mine.api().queryParam("from", "2026-03-10").queryParam("to", "2026-03-10").get("/api/reports/queue-interval")
                .then().statusCode(200).body("totals.queue", contains(data.queue));
        mine.api().get("/api/reports/calls/" + HistoryFixture.AST + "/" + data.call(1)).then().statusCode(200);
        day(other).get("/api/reports/queue-interval").then().statusCode(403);
        other.api().queryParam("from", "2026-03-10").queryParam("to", "2026-03-10").get("/api/reports/calls").then()
                .statusCode(200).body("calls", hasSize(0));
        other.api().get("/api/reports/calls/" + HistoryFixture.AST + "/" + data.call(1)).then().statusCode(403);
    }

    @Test
    void csvExportsAreEscapedFilesWithAName() throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update report_cdr set caller_name = ? where asterisk_id = ? and call_id = ?")) {
            ps.setString(1, "Doe, \"JD\"\nJohn");
            ps.setString(2, HistoryFixture.AST);
            ps.setString(3, data.call(1));
            ps.executeUpdate();
        }
        String csv = dayPlain(admin).get("/api/reports/calls/csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"calls_2026-03-10..2026-03-10.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("enqueued_at,answered_at,ended_at,caller_number,caller_name,did,queue,"), lines[0]);
        assertEquals(8, lines.length, "header + 7 calls (the embedded newline is LF, records end in CRLF)");
        assertTrue(csv.contains("2026-03-10T10:00:00Z,2026-03-10T10:00:08Z,2026-03-10T10:03:08Z,5551001,"
                + "\"Doe, \"\"JD\"\"\nJohn\",5000," + data.queue), csv);
        assertTrue(csv.contains(",8.000,170.000,10.000,30.000,188.000,caller,16,"), csv);

        String interval = dayPlain(admin).queryParam("interval", "day").get("/api/reports/queue-interval/csv").then()
                .statusCode(200).extract().asString();
        String[] rows = interval.split("\r\n");
        assertTrue(rows[0].endsWith("answered_within_10s_pct,answered_within_20s_pct,answered_within_30s_pct,"
                + "answered_within_60s_pct,answered_within_120s_pct"), rows[0]);
        assertTrue(rows[1].startsWith(data.queue + ",2026-03-10,2026-03-10T00:00:00Z,2026-03-11T00:00:00Z,6,3,2,1,1,0,0,1,66.7,"),
                rows[1]);
        assertTrue(rows[2].startsWith(data.queue + ",total,"), rows[2]);
        dayPlain(admin).get("/api/reports/agent-performance/csv").then().statusCode(200);
        dayPlain(admin).get("/api/reports/abandons/csv").then().statusCode(200).body(containsString("position_>10"));
    }

    @Test
    void csvRoutesAnswerCsvWhateverTheAcceptHeaderAndRefuseBadInputWithProblemJson() {
        for (String accept : List.of("application/json", "text/csv", "*/*", "text/html,application/xhtml+xml")) {
            dayPlain(admin).accept(accept).get("/api/reports/calls/csv").then().statusCode(200)
                    .contentType(containsString("text/csv")).body(containsString("enqueued_at,answered_at,"));
        }
        dayPlain(admin).accept("application/json").queryParam("interval", "fortnight")
                .get("/api/reports/queue-interval/csv").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("status", equalTo(400))
                .body("detail", containsString("interval"));
        dayPlain(admin).accept("text/csv").queryParam("from", "10/03/2026").get("/api/reports/calls/csv").then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("detail", containsString("from"));
        admin.withoutCsrf().accept("text/csv").get("/api/reports/no-such-report/csv").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:callcenter:problem:unknown-report"));
        TestLogin.Session other = TestLogin.as(users.supervisor("other-" + data.tag), TestUsers.PASSWORD);
        dayPlain(other).accept("text/csv").get("/api/reports/calls/csv").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint(), data.queue), TestUsers.PASSWORD);
        dayPlain(agent).accept("text/csv").get("/api/reports/calls/csv").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void printablePagesShowTheSameFigures() {
        dayPlain(admin).queryParam("interval", "day").get("/reports/print/queue-interval").then()
                .statusCode(200).body(containsString("reports-print.css")).body(containsString("id=\"rows\""))
                .body(containsString("66.7 %")).body(containsString("0:18"));
        dayPlain(admin).get("/reports/print/abandons").then().statusCode(200)
                .body(containsString("33.3 %"));
        admin.withoutCsrf().queryParam("from", "2026-03-10").queryParam("to", "2026-03-10")
                .queryParam("agent", data.agentA).queryParam("interval", "day").get("/reports/print/agent-performance").then().statusCode(200)
                .body(containsString("Pause: lunch")).body(containsString("<td class=\"n\">30:00</td>"));
        dayPlain(admin).get("/reports/print/calls").then().statusCode(200)
                .body(containsString("5551001")).body(containsString(data.queue));
    }
}
