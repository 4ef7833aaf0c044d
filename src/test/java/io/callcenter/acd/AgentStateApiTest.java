package io.callcenter.acd;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.callcenter.acd.admin.AgentDto;
import io.callcenter.acd.admin.AgentService;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent-state REST API: the agent itself, its supervisors, admins; errors as problem bodies. */
@QuarkusTest
class AgentStateApiTest {

    @Inject
    TestUsers users;
    @Inject
    AcdDriver acd;
    @Inject
    AgentService acdAgents;

    String queue;
    String other;
    String agent;
    TestLogin.Session self;

    @BeforeEach
    void setUp() {
        queue = AcdDriver.unique("api");
        other = AcdDriver.unique("api-other");
        acd.queue(new QueueBuilder(queue, AcdDriver.unique("did")));
        acd.queue(new QueueBuilder(other, AcdDriver.unique("did")));
        agent = users.create("agt", Set.of("agent"), TestUsers.freshEndpoint(), Set.of(queue, other));
        acdAgents.setMemberships(agent, List.of(new AgentDto.MembershipDto(queue, 0),
                new AgentDto.MembershipDto(other, 1)));
        self = TestLogin.as(agent, TestUsers.PASSWORD);
    }

    private String path(String action) {
        return "/api/acd/agents/" + agent + action;
    }

    @Test
    void agentLogsInToSomeQueuesPausesWithAReasonAndLogsOut() {
        self.api().get(path("")).then().statusCode(200).body("state", equalTo("LOGGED_OUT"));
        self.api().post(path("/ready")).then().statusCode(409).body("type", equalTo("urn:callcenter:problem:agent-state"));
        self.api().body(Map.of("queues", List.of(queue))).post(path("/login")).then().statusCode(200)
                .body("state", equalTo("READY")).body("queues", equalTo(List.of(queue)));
        self.api().body(Map.of("reason", "lunch")).post(path("/pause")).then().statusCode(200)
                .body("state", equalTo("PAUSED")).body("reason", equalTo("lunch"));
        self.api().post(path("/ready")).then().statusCode(200).body("state", equalTo("READY"));
        self.api().body(Map.of("state", "PAUSED", "reason", "break")).put(path("/next-status")).then().statusCode(200)
                .body("nextState", equalTo("PAUSED")).body("nextReason", equalTo("break"));
        self.api().body(Map.of("state", "READY")).put(path("/next-status")).then().statusCode(200)
                .body("nextState", nullValue());
        self.api().post(path("/end-wrap-up")).then().statusCode(409);
        self.api().post(path("/logout")).then().statusCode(200).body("state", equalTo("LOGGED_OUT"));
        self.api().body("{}").post(path("/login")).then().statusCode(200).body("queues", equalTo(List.of(queue, other)
                .stream().sorted().toList()));
    }

    @Test
    void badInputIsAProblemNeverA500() {
        self.api().body(Map.of("queues", List.of("nope"))).post(path("/login")).then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:agent-queue"));
        self.api().body("{}").post(path("/login")).then().statusCode(200);
        self.api().body(Map.of("reason", "sleeping")).post(path("/pause")).then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:pause-reason"));
        self.api().body(Map.of()).post(path("/pause")).then().statusCode(400);
        self.api().body(Map.of("state", "ON_CALL")).put(path("/next-status")).then().statusCode(400);
        self.api().body(Map.of("reason", "lunch", "extra", 1)).post(path("/pause")).then().statusCode(400);
        self.api().body("{oops").post(path("/pause")).then().statusCode(400);
    }

    @Test
    void supervisorsActOnAgentsOfTheirQueuesOnlyAndAgentsOnlyOnThemselves() {
        TestLogin.Session sup = TestLogin.as(users.supervisor(queue), TestUsers.PASSWORD);
        sup.api().body("{}").post(path("/login")).then().statusCode(200).body("state", equalTo("READY"));
        sup.api().body(Map.of("reason", "break")).post(path("/pause")).then().statusCode(200);
        TestLogin.Session stranger = TestLogin.as(users.supervisor(AcdDriver.unique("elsewhere")), TestUsers.PASSWORD);
        stranger.api().post(path("/ready")).then().statusCode(403);
        String peer = users.agent(TestUsers.freshEndpoint(), queue);
        TestLogin.as(peer, TestUsers.PASSWORD).api().get(path("")).then().statusCode(403);
        TestLogin.as(peer, TestUsers.PASSWORD).api().get("/api/acd/agents/no-such-user").then().statusCode(403);
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        admin.api().get("/api/acd/agents/no-such-user").then().statusCode(404);
        admin.api().post(path("/logout")).then().statusCode(200).body("state", equalTo("LOGGED_OUT"));
        self.withoutCsrf().contentType("application/json").post(path("/ready")).then().statusCode(403);
    }
}
