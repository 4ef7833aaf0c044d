package io.callcenter.acd.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.callcenter.acd.config.AcdTestData;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agents' memberships and skills, pause reasons: admin and supervisor rights, refusals, account links. */
@QuarkusTest
class AdminAgentApiTests {

    private static final String AGENTS = "/api/admin/acd/agents";
    private static final String REASONS = "/api/admin/acd/pause-reasons";

    @Inject
    TestUsers users;

    TestLogin.Session admin;

    @BeforeEach
    void login() {
        admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }

    private String queue() {
        String name = AcdTestData.name("aq");
        admin.api().body(AdminQueueApiTests.queue(name, AcdTestData.did())).post("/api/admin/acd/queues")
                .then().statusCode(201);
        return name;
    }

    @Test
    void membershipsAndSkillsFollowTheAccount() {
        String sales = queue();
        String support = queue();
        String agent = users.agent(TestUsers.freshEndpoint(), sales);
        admin.api().get(AGENTS + "/" + agent).then().statusCode(200)
                .body("memberships", equalTo(List.of(Map.of("queue", sales, "penalty", 0))));
        admin.api().body(Map.of("memberships", List.of(Map.of("queue", support, "penalty", 2),
                Map.of("queue", sales, "penalty", 1)))).put(AGENTS + "/" + agent + "/memberships").then()
                .statusCode(200).body("memberships[0].queue", equalTo(support)).body("memberships[1].penalty", equalTo(1));
        admin.api().get("/api/admin/users/" + agent).then().body("queues", hasItem(support));
        admin.api().body(Map.of("penalty", 5)).put(AGENTS + "/" + agent + "/memberships/" + sales).then()
                .statusCode(200).body("memberships[1].penalty", equalTo(5));
        admin.api().delete(AGENTS + "/" + agent + "/memberships/" + support).then().statusCode(200)
                .body("memberships.size()", equalTo(1));
        admin.api().get("/api/admin/users/" + agent).then().body("queues", not(hasItem(support)));
        admin.api().body(Map.of("skills", Map.of("english", 5, "german", 2))).put(AGENTS + "/" + agent + "/skills")
                .then().statusCode(200).body("skills.english", equalTo(5));
        admin.api().get(AGENTS).then().statusCode(200).body("username", hasItem(agent));
        admin.api().get("/api/admin/audit?action=acd.agent.memberships&target=" + agent).then()
                .body("total", equalTo(3));
    }

    @Test
    void aQueuesMembersHaveAnOrderThatAdminsAndItsSupervisorsCanChange() {
        String q = queue();
        String first = users.agent(TestUsers.freshEndpoint(), q);
        String second = users.agent(TestUsers.freshEndpoint(), q);
        String third = users.agent(TestUsers.freshEndpoint());
        admin.api().body(Map.of("penalty", 2)).put(AGENTS + "/" + third + "/memberships/" + q).then().statusCode(200);
        String members = "/api/admin/acd/queues/" + q + "/members";
        admin.api().get(members).then().statusCode(200).body("username", equalTo(List.of(first, second, third)))
                .body("position", equalTo(List.of(1, 2, 3))).body("penalty", equalTo(List.of(0, 0, 2)));
        admin.api().body(Map.of("order", List.of(third, first, second))).put(members).then().statusCode(200)
                .body("username", equalTo(List.of(third, first, second))).body("position", equalTo(List.of(1, 2, 3)));
        // a new penalty keeps the place; leaving and joining again puts the agent last
        admin.api().body(Map.of("penalty", 1)).put(AGENTS + "/" + first + "/memberships/" + q).then().statusCode(200);
        admin.api().delete(AGENTS + "/" + third + "/memberships/" + q).then().statusCode(200);
        admin.api().body(Map.of("penalty", 0)).put(AGENTS + "/" + third + "/memberships/" + q).then().statusCode(200);
        admin.api().get(members).then().body("username", equalTo(List.of(first, second, third)))
                .body("penalty", equalTo(List.of(1, 0, 0)));

        admin.api().body(Map.of("order", List.of(first, second))).put(members).then().statusCode(400)
                .body("detail", containsString("exactly once"));
        admin.api().body(Map.of("order", List.of(first, second, third, first))).put(members).then().statusCode(400)
                .body("detail", containsString("listed twice"));
        admin.api().body(Map.of()).put(members).then().statusCode(400);
        admin.api().get("/api/admin/acd/queues/no-such-queue/members").then().statusCode(404);
        TestLogin.Session stranger = TestLogin.as(users.supervisor(queue()), TestUsers.PASSWORD);
        stranger.api().get(members).then().statusCode(403);
        stranger.api().body(Map.of("order", List.of(third, second, first))).put(members).then().statusCode(403);
        TestLogin.Session supervisor = TestLogin.as(users.supervisor(q), TestUsers.PASSWORD);
        supervisor.api().body(Map.of("order", List.of(third, second, first))).put(members).then().statusCode(200)
                .body("username", equalTo(List.of(third, second, first)));
        admin.api().get("/api/admin/audit?action=acd.queue.member-order&target=" + q).then()
                .body("total", equalTo(2));
    }

    @Test
    void badAgentRequests() {
        String sales = queue();
        String agent = users.agent(TestUsers.freshEndpoint());
        admin.api().get(AGENTS + "/nobody-here").then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-agent"));
        admin.api().get(AGENTS + "/" + users.supervisor(sales)).then().statusCode(404);
        admin.api().body(Map.of("memberships", List.of(Map.of("queue", "no-such-queue", "penalty", 0))))
                .put(AGENTS + "/" + agent + "/memberships").then().statusCode(400)
                .body("detail", containsString("memberships: no queue named 'no-such-queue'"));
        admin.api().body(Map.of("memberships", List.of(Map.of("queue", sales, "penalty", -1))))
                .put(AGENTS + "/" + agent + "/memberships").then().statusCode(400)
                .body("detail", containsString("penalty"));
        admin.api().body(Map.of("memberships", List.of(Map.of("queue", sales), Map.of("queue", sales))))
                .put(AGENTS + "/" + agent + "/memberships").then().statusCode(400)
                .body("detail", containsString("listed twice"));
        admin.api().body(Map.of("skills", Map.of("bad skill", 1))).put(AGENTS + "/" + agent + "/skills").then()
                .statusCode(400).body("detail", containsString("skills"));
        admin.api().body(Map.of("skills", Map.of("english", -2))).put(AGENTS + "/" + agent + "/skills").then()
                .statusCode(400).body("detail", containsString("0 or more"));
        admin.api().body(Map.of("penalty", 0)).put(AGENTS + "/" + agent + "/memberships/no-such-queue").then()
                .statusCode(404);
        admin.api().delete(AGENTS + "/" + agent + "/memberships/" + sales).then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-membership"));
        admin.api().body(Map.of()).put(AGENTS + "/" + agent + "/skills").then().statusCode(400);
    }

    @Test
    void supervisorsManageTheirQueuesOnly() {
        String mine = queue();
        String other = queue();
        String member = users.agent(TestUsers.freshEndpoint(), mine);
        String stranger = users.agent(TestUsers.freshEndpoint(), other);
        TestLogin.Session supervisor = TestLogin.as(users.supervisor(mine), TestUsers.PASSWORD);
        supervisor.api().get(AGENTS).then().statusCode(200).body("username", hasItem(member))
                .body("username", not(hasItem(stranger)));
        supervisor.api().get(AGENTS + "/" + stranger).then().statusCode(403);
        supervisor.api().body(Map.of("penalty", 3)).put(AGENTS + "/" + member + "/memberships/" + mine).then()
                .statusCode(200).body("memberships[0].penalty", equalTo(3));
        supervisor.api().body(Map.of("penalty", 0)).put(AGENTS + "/" + stranger + "/memberships/" + mine).then()
                .statusCode(200);
        supervisor.api().body(Map.of("penalty", 0)).put(AGENTS + "/" + member + "/memberships/" + other).then()
                .statusCode(403);
        supervisor.api().delete(AGENTS + "/" + stranger + "/memberships/" + other).then().statusCode(403);
        supervisor.api().delete(AGENTS + "/" + stranger + "/memberships/" + mine).then().statusCode(200);
        supervisor.api().body(Map.of("memberships", List.of())).put(AGENTS + "/" + member + "/memberships").then()
                .statusCode(403);
        supervisor.api().body(Map.of("skills", Map.of())).put(AGENTS + "/" + member + "/skills").then()
                .statusCode(403);
        TestLogin.as(member, TestUsers.PASSWORD).api().get(AGENTS).then().statusCode(403);
        given().get(AGENTS).then().statusCode(401);
    }

    @Test
    void pauseReasons() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.as(agent, TestUsers.PASSWORD).api().get(REASONS).then().statusCode(200)
                .body("code", hasItem("lunch"));
        String code = "r" + System.nanoTime() % 1_000_000;
        admin.api().body(Map.of("code", code, "label", "Coaching")).post(REASONS).then().statusCode(201)
                .body("label", equalTo("Coaching"));
        admin.api().body(Map.of("code", code, "label", "Again")).post(REASONS).then().statusCode(409);
        admin.api().body(Map.of("code", "Bad Code", "label", "x")).post(REASONS).then().statusCode(400)
                .body("detail", containsString("code"));
        admin.api().body(Map.of("code", code + "x")).post(REASONS).then().statusCode(400)
                .body("detail", containsString("label: is required"));
        admin.api().body(Map.of("label", "Team coaching", "position", 0)).put(REASONS + "/" + code).then()
                .statusCode(200).body("position", equalTo(0));
        admin.api().get(REASONS).then().body("[0].code", equalTo(code));
        admin.api().body(Map.of("label", "x")).put(REASONS + "/nope").then().statusCode(404);
        TestLogin.as(agent, TestUsers.PASSWORD).api().body(Map.of("code", "nap", "label", "Nap")).post(REASONS)
                .then().statusCode(403);
        admin.api().delete(REASONS + "/" + code).then().statusCode(204);
        admin.api().delete(REASONS + "/" + code).then().statusCode(404);
        given().get(REASONS).then().statusCode(401);
    }
}
