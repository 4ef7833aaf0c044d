package io.callcenter.reports.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the report endpoints refuse before any figure is read: bad parameters (400 problem, every line listed), roles
 * (agents 403, anonymous 401), supervisors outside their queues and agents (403), unknown reports (404) — for the
 * JSON, the CSV and the printable page alike.
 */
@QuarkusTest
class ReportRequestApiTests {

    private static final List<String> JSON = List.of("/api/reports/queue-interval", "/api/reports/agent-performance",
            "/api/reports/abandons", "/api/reports/calls");

    @Inject
    TestUsers users;

    @Test
    void badParametersAreA400ProblemListingEveryError() {
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        for (String path : JSON) {
            admin.api().queryParam("from", "27/11/2026").queryParam("to", "2026-11-01").queryParam("colour", "red")
                    .get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:callcenter:problem:invalid-report-parameters"))
                    .body("errors", hasItem(containsString("from: '27/11/2026' is neither a date")))
                    .body("errors", hasItem(containsString("colour: unknown parameter")));
            admin.api().queryParam("from", "2026-11-02T10:07").queryParam("to", "2026-11-01").get(path).then()
                    .statusCode(400).body("errors", hasItem("to: must be after from"));
        }
        admin.api().queryParam("interval", "fortnight").get("/api/reports/queue-interval").then().statusCode(400)
                .body("errors", hasItem("interval: unknown value 'fortnight'"));
        admin.api().queryParam("hours", "sometimes").get("/api/reports/abandons").then().statusCode(400)
                .body("errors", hasItem("hours: unknown value 'sometimes'"));
        admin.api().queryParam("size", "0").queryParam("outcome", "lost").queryParam("after", "%%%")
                .get("/api/reports/calls").then().statusCode(400).body("errors", hasItems(
                        containsString("size: must be between 1 and"), containsString("outcome: unknown outcome 'lost'"),
                        containsString("after: not a page token")));
        admin.api().queryParam("agent", "a,b").get("/api/reports/calls").then().statusCode(400)
                .body("errors", hasItem("agent: the call search takes one agent"));
        admin.api().queryParam("from", "2020-01-01").queryParam("to", "2026-01-01")
                .get("/api/reports/agent-performance").then().statusCode(400)
                .body("detail", containsString("at most 400 are allowed"));
        // quarter-hour alignment is the data side's rule: still a 400 problem, never a 500
        admin.api().queryParam("from", "2026-11-02T10:07").queryParam("to", "2026-11-02T11:00")
                .get("/api/reports/queue-interval").then().statusCode(400);
    }

    @Test
    void theCsvAndThePrintablePageRefuseLikeTheJson() {
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        admin.withoutCsrf().queryParam("range", "sometime").get("/api/reports/calls/csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors", hasItem("range: unknown range 'sometime'"));
        admin.withoutCsrf().get("/api/reports/pie-chart/csv").then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-report"));
        admin.withoutCsrf().queryParam("range", "sometime").get("/reports/print/abandons").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("range: unknown range &#39;sometime&#39;"));
        admin.withoutCsrf().get("/reports/print/pie-chart").then().statusCode(404)
                .body(containsString("No report &#39;pie-chart&#39;"));
    }

    @Test
    void agentsAndAnonymousUsersGetNoReports() {
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint(), "sales"), TestUsers.PASSWORD);
        for (String path : JSON) {
            agent.api().get(path).then().statusCode(403);
            agent.withoutCsrf().get(path + "/csv").then().statusCode(403);
            io.restassured.RestAssured.given().redirects().follow(false).get(path).then().statusCode(401);
        }
        agent.withoutCsrf().get("/reports/print/queue-interval").then().statusCode(403);
        agent.api().get("/api/reports/calls/some-asterisk/some-call").then().statusCode(403);
        agent.api().get("/api/reports/options").then().statusCode(403);
    }

    @Test
    void supervisorsAreLimitedToTheirQueuesAndTheirAgents() {
        TestLogin.Session sup = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        sup.api().queryParam("queue", "support").get("/api/reports/queue-interval").then().statusCode(403)
                .body("detail", equalTo("You do not supervise queue 'support'"));
        sup.api().queryParam("queue", "sales,support").get("/api/reports/abandons").then().statusCode(403);
        sup.api().queryParam("queue", "support").get("/api/reports/calls").then().statusCode(403);
        sup.withoutCsrf().queryParam("queue", "support").get("/api/reports/calls/csv").then().statusCode(403);
        sup.withoutCsrf().queryParam("queue", "support").get("/reports/print/queue-interval").then().statusCode(403)
                .body(containsString("You do not supervise queue"));
        sup.api().queryParam("agent", "nobody-" + System.nanoTime()).get("/api/reports/agent-performance").then()
                .statusCode(403).body("detail", containsString("is not a member of a queue you supervise"));
        sup.api().get("/api/reports/options").then().statusCode(200).body("queues", equalTo(List.of("sales")))
                .body("queues", not(hasItem("support"))).body("zone", equalTo("UTC"));
    }
}
