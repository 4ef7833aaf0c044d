package io.callcenter.reports.saved;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved report definitions: CRUD for their owner only, parameters checked like the report reads them. */
@QuarkusTest
class ReportDefinitionApiTests {

    private static final String BASE = "/api/reports/definitions";

    @Inject
    TestUsers users;

    @Test
    void theOwnerCreatesReadsRenamesAndDeletesADefinition() {
        TestLogin.Session sup = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        int id = sup.api().body(Map.of("name", "Sales this week", "type", "queue-interval",
                        "parameters", Map.of("range", "this-week", "queue", "sales", "interval", "hour")))
                .post(BASE).then().statusCode(201).header("Location", containsString(BASE + "/"))
                .body("type", equalTo("queue-interval")).body("parameters.range", equalTo("this-week"))
                .extract().path("id");
        sup.api().get(BASE).then().statusCode(200).body("name", hasItem("Sales this week"));
        sup.api().body(Map.of("name", "Sales last week", "type", "queue-interval",
                        "parameters", Map.of("range", "last-week"))).put(BASE + "/" + id)
                .then().statusCode(200).body("name", equalTo("Sales last week"))
                .body("parameters.queue", equalTo(null));
        sup.api().get(BASE + "/" + id).then().statusCode(200).body("parameters.range", equalTo("last-week"));
        sup.api().delete(BASE + "/" + id).then().statusCode(204);
        sup.api().get(BASE + "/" + id).then().statusCode(404).body("type", containsString("unknown-report-definition"));
    }

    @Test
    void anotherUserNeitherSeesNorChangesIt() {
        TestLogin.Session owner = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        TestLogin.Session other = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        int id = owner.api().body(Map.of("name", "Mine", "type", "calls", "parameters", Map.of("outcome", "abandoned")))
                .post(BASE).then().statusCode(201).extract().path("id");
        other.api().get(BASE).then().statusCode(200).body("id", not(hasItem(id)));
        other.api().get(BASE + "/" + id).then().statusCode(404);
        other.api().body(Map.of("name", "Stolen", "type", "calls")).put(BASE + "/" + id).then().statusCode(404);
        other.api().delete(BASE + "/" + id).then().statusCode(404);
        owner.api().get(BASE + "/" + id).then().statusCode(200).body("name", equalTo("Mine"));
    }

    @Test
    void badDefinitionsAreRefusedWithAProblem() {
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        admin.api().body(Map.of("name", "", "type", "pie-chart")).post(BASE).then().statusCode(400)
                .body("errors", hasItem(containsString("name: 1-100 characters")))
                .body("errors", hasItem(containsString("type: one of")));
        admin.api().body(Map.of("name", "x", "type", "abandons", "parameters", Map.of("from", "yesterday-ish",
                "colour", "red"))).post(BASE).then().statusCode(400)
                .body("errors", hasItem(containsString("colour: unknown parameter")))
                .body("errors", hasItem(containsString("from: 'yesterday-ish' is neither a date")));
        admin.api().body(Map.of("name", "x", "type", "calls", "owner", "someone")).post(BASE).then().statusCode(400);
        admin.api().body("{not json").post(BASE).then().statusCode(400);
        admin.api().get(BASE + "/abc").then().statusCode(404);
        admin.api().body(Map.of("name", "Twice", "type", "calls")).post(BASE).then().statusCode(201);
        admin.api().body(Map.of("name", "twice", "type", "abandons")).post(BASE).then().statusCode(409)
                .body("detail", containsString("already have"));
    }

    @Test
    void agentsHaveNoSavedReports() {
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint()), TestUsers.PASSWORD);
        agent.api().get(BASE).then().statusCode(403);
        agent.api().body(Map.of("name", "x", "type", "calls")).post(BASE).then().statusCode(403);
    }
}
