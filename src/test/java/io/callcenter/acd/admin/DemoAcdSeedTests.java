package io.callcenter.acd.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.acd.config.Target;
import io.callcenter.security.user.DemoUsers;
import io.callcenter.security.user.UserService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo ACD: queues on the demo PBX's DIDs, the demo agents as members; seeding twice changes nothing. */
@QuarkusTest
class DemoAcdSeedTests {

    @Inject
    DemoUsers demoUsers;

    @Inject
    DemoAcdSeed seed;

    @Inject
    AcdDirectory directory;

    @Inject
    UserService users;

    @Test
    void demoQueuesTakeTheDemoDidsAndTheDemoAgents() {
        // tests share the database: ACD tests may have given the demo phones to users of their own
        users.list().stream()
                .filter(u -> u.endpoint() != null && u.endpoint().matches("(?i)PJSIP/10(0[1-9]|10)")
                        && !u.username().matches("agent10(0[1-9]|10)"))
                .forEach(u -> users.setEndpoint(u.username(), null));
        demoUsers.seed();
        seed.seed();
        seed.seed();
        assertEquals("sales", directory.queueForDid("5000").orElseThrow().name());
        assertEquals("support", directory.queueForDid("5001").orElseThrow().name());
        assertEquals(new Target(Target.Kind.QUEUE, "support"), directory.queue("sales").orElseThrow().overflow());
        assertEquals(List.of(new AgentConfig.Membership("sales", 0)),
                directory.agent("agent1001").orElseThrow().memberships());
        assertEquals(List.of(new AgentConfig.Membership("sales", 0), new AgentConfig.Membership("support", 1)),
                directory.agent("agent1005").orElseThrow().memberships());
        assertEquals("agent1006", directory.agentByEndpoint("PJSIP/1006").orElseThrow().username());
        assertEquals(10, directory.agents().stream().filter(a -> a.username().matches("agent10(0[1-9]|10)")).count());
        assertTrue(directory.agent("agent1002").orElseThrow().skills().containsKey("german"));
        assertEquals(List.of("break", "lunch", "training", "meeting"),
                directory.pauseReasons().stream().map(AcdDirectory.PauseReason::code).limit(4).toList());
    }
}
