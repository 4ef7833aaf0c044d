package io.callcenter.acd.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.admin.AgentDto;
import io.callcenter.acd.admin.AgentService;
import io.callcenter.acd.admin.QueueService;
import io.callcenter.acd.admin.ScheduleService;
import io.callcenter.acd.admin.ScheduleDto;
import io.callcenter.security.TestUsers;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The directory snapshot follows every committed change, and memberships stay in step with the accounts. */
@QuarkusTest
class AcdDirectoryTests {

    @Inject
    AcdDirectory directory;

    @Inject
    QueueService queues;

    @Inject
    ScheduleService schedules;

    @Inject
    AgentService agents;

    @Inject
    UserService users;

    @Inject
    TestUsers testUsers;

    @Inject
    ChangeCounter counter;

    /** Counts AcdConfigChanged events. */
    @Singleton
    static class ChangeCounter {
        final AtomicInteger changes = new AtomicInteger();

        void on(@Observes AcdDirectory.AcdConfigChanged event) {
            changes.incrementAndGet();
        }
    }

    @Test
    void aNewQueueIsInTheSnapshotWithAllItsFields() {
        String name = AcdTestData.name("dq");
        String did = AcdTestData.did();
        String hours = AcdTestData.name("hours");
        schedules.create(new ScheduleDto(hours, "Europe/Berlin",
                Map.of("MONDAY", List.of(new ScheduleDto.IntervalDto("09:00", "17:00"))), List.of("2026-12-25")));
        int before = counter.changes.get();
        queues.create(AcdTestData.queue(name, List.of(did), hours));
        assertTrue(counter.changes.get() > before, "AcdConfigChanged fired");
        QueueConfig q = directory.queueForDid(did).orElseThrow();
        assertEquals(name, q.name());
        assertEquals(Strategy.ROUND_ROBIN, q.strategy());
        assertEquals(Duration.ofSeconds(12), q.ringTimeout());
        assertEquals(Optional.of(Duration.ofSeconds(120)), q.maxWait());
        assertEquals(Optional.of(7), q.maxLength());
        assertEquals(new Target(Target.Kind.ENDPOINT, "PJSIP/2000"), q.overflow());
        assertEquals(SlFormula.LEFT_QUEUE_EXCL_SHORT, q.slFormula());
        assertEquals(Map.of("english", 2), q.requiredSkills());
        assertEquals(Map.of(did, 3), q.didPriority());
        assertEquals(Optional.of("VIP"), q.priorityVariable());
        BusinessHours bh = q.hours().orElseThrow();
        assertTrue(bh.isOpen(Instant.parse("2026-01-05T10:00:00Z")), "Monday 11:00 in Berlin");
        assertFalse(bh.isOpen(Instant.parse("2026-12-25T10:00:00Z")), "holiday");
        assertEquals(Target.goodbye(), q.afterHours());
    }

    @Test
    void accountQueuesBecomeMembershipsOnceTheQueueExists() {
        String name = AcdTestData.name("mq");
        String endpoint = TestUsers.freshEndpoint();
        String agent = testUsers.agent(endpoint, name, "not-an-acd-queue");
        assertEquals(List.of(), directory.agent(agent).orElseThrow().memberships());
        queues.create(AcdTestData.queue(name, List.of(AcdTestData.did()), null));
        AgentConfig config = directory.agentByEndpoint(endpoint.toUpperCase()).orElseThrow();
        assertEquals(List.of(new AgentConfig.Membership(name, 0)), config.memberships());

        users.setQueues(agent, Set.of("not-an-acd-queue"));
        assertEquals(List.of(), directory.agent(agent).orElseThrow().memberships(), "removed with the account link");
        users.setQueues(agent, Set.of(name));
        assertEquals(List.of(new AgentConfig.Membership(name, 0)), directory.agent(agent).orElseThrow().memberships());
        users.setRoles(agent, Set.of("supervisor"));
        assertTrue(directory.agent(agent).isEmpty(), "no longer an agent");
        users.setRoles(agent, Set.of("agent", "supervisor"));
        assertEquals(List.of(new AgentDto.MembershipDto(name, 0)), QuarkusTransaction.requiringNew().call(() -> agents.get(agent)).memberships(),
                "the account link makes it a member again, at penalty 0");
    }

    @Test
    void membershipChangesUpdateTheAccountAndKeepOtherLinks() {
        String first = AcdTestData.name("q1");
        String second = AcdTestData.name("q2");
        queues.create(AcdTestData.queue(first, List.of(AcdTestData.did()), null));
        queues.create(AcdTestData.queue(second, List.of(AcdTestData.did()), null));
        String agent = testUsers.agent(TestUsers.freshEndpoint(), first, "legacy");
        agents.setMemberships(agent, List.of(new AgentDto.MembershipDto(second, 2), new AgentDto.MembershipDto(first, 1)));
        assertEquals(Set.of(first, second, "legacy"), accountQueues(agent));
        assertEquals(List.of(new AgentConfig.Membership(second, 2), new AgentConfig.Membership(first, 1)),
                directory.agent(agent).orElseThrow().memberships(), "in the given order");
        agents.removeMembership(agent, second);
        assertEquals(Set.of(first, "legacy"), accountQueues(agent));
        agents.setSkills(agent, Map.of("french", 4));
        assertEquals(Map.of("french", 4), directory.agent(agent).orElseThrow().skills());

        queues.delete(first);
        assertEquals(List.of(), directory.agent(agent).orElseThrow().memberships());
        assertTrue(directory.queue(first).isEmpty());
    }

    // a transaction of its own: outside one, the test's request-scoped session would answer from its cache
    private Set<String> accountQueues(String username) {
        return Set.copyOf(QuarkusTransaction.requiringNew().call(() -> users.get(username)).queues());
    }

    @Test
    void aRefusedChangeLeavesTheSnapshotAlone() {
        String name = AcdTestData.name("rq");
        String did = AcdTestData.did();
        queues.create(AcdTestData.queue(name, List.of(did), null));
        QueueConfig before = directory.queue(name).orElseThrow();
        assertThrows(ProblemException.class, () -> queues.replace(name,
                AcdTestData.withOverflow(AcdTestData.queue(name, List.of(did), null), "QUEUE", name)));
        assertSame(before, directory.queue(name).orElseThrow());
        assertThrows(ProblemException.class, () -> queues.create(AcdTestData.queue(AcdTestData.name("x"),
                List.of(did), null)), "the DID belongs to another queue");
        assertEquals(name, directory.queueForDid(did).orElseThrow().name());
    }
}
