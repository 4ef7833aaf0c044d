package io.callcenter.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every role boundary of the security API: admin-only, own-profile-only, supervisor-of-queue-only. */
@QuarkusTest
class RoleBoundaryTests {

    @Inject
    TestUsers users;

    @Test
    void agentsAndSupervisorsCannotUseTheAdminApi() {
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint()), TestUsers.PASSWORD);
        TestLogin.Session supervisor = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        agent.api().get("/api/admin/users").then().statusCode(403).body("status", equalTo(403));
        agent.api().get("/api/admin/audit").then().statusCode(403);
        supervisor.api().get("/api/admin/users").then().statusCode(403);
        supervisor.api().body(Map.of("username", "made-by-sup", "password", "long-enough-pass", "roles", Set.of("agent")))
                .post("/api/admin/users").then().statusCode(403);
        supervisor.withoutCsrf().get("/admin/users").then().statusCode(403);
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        admin.api().get("/api/admin/users").then().statusCode(200);
    }

    @Test
    void anAgentMayReadAndChangeOnlyItsOwnProfile() {
        String endpointA = TestUsers.freshEndpoint();
        String agentA = users.agent(endpointA, "sales");
        String agentB = users.agent(TestUsers.freshEndpoint(), "sales");
        TestLogin.Session a = TestLogin.as(agentA, TestUsers.PASSWORD);
        a.api().get("/api/agents/" + agentA).then().statusCode(200).body("endpoint", equalTo(endpointA));
        a.api().get("/api/me/endpoint").then().statusCode(200).body("endpoint", equalTo(endpointA));
        a.api().get("/api/agents/" + agentB).then().statusCode(403).body("type", equalTo("urn:callcenter:problem:forbidden"));
        a.api().body(Map.of("displayName", "Hijacked")).put("/api/agents/" + agentB + "/display-name")
                .then().statusCode(403);
        a.api().body(Map.of("displayName", "Alice A.")).put("/api/agents/" + agentA + "/display-name")
                .then().statusCode(200).body("displayName", equalTo("Alice A."));
    }

    @Test
    void aSupervisorReachesOnlyAgentsOfItsQueues() {
        String inSales = users.agent(TestUsers.freshEndpoint(), "sales");
        String inSupport = users.agent(TestUsers.freshEndpoint(), "support");
        TestLogin.Session sup = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        sup.api().get("/api/agents/" + inSales).then().statusCode(200);
        sup.api().get("/api/agents/" + inSupport).then().statusCode(403);
        sup.api().get("/api/me/endpoint").then().statusCode(403);
    }

    @Test
    void everyResourceMethodMustDeclareWhoMayCallIt() {
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        // UnannotatedTestResource has no security annotation: denied even to an admin
        admin.withoutCsrf().get("/api/unannotated-test").then().statusCode(403);
        given().get("/api/unannotated-test").then().statusCode(401);
    }
}
