package io.callcenter.security.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.security.user.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may act on which call, queue and agent. */
class AccessPolicyTest {

    private final AccessPolicy agentA = new AccessPolicy("a", Set.of(Role.AGENT), "PJSIP/1001", Set.of("sales"));
    private final AccessPolicy salesSup = new AccessPolicy("s", Set.of(Role.SUPERVISOR), null, Set.of("sales"));
    private final AccessPolicy admin = new AccessPolicy("root", Set.of(Role.ADMIN), null, Set.of());

    @Test
    void anAgentActsOnlyOnCallsOfItsOwnEndpoint() {
        assertTrue(agentA.canActOnCall(null, List.of("PJSIP/1001", "PJSIP/2000")));
        assertTrue(agentA.canActOnCall("sales", List.of("pjsip/1001")));
        assertFalse(agentA.canActOnCall("sales", List.of("PJSIP/1002")), "membership of a queue is not supervision");
        assertFalse(agentA.canActOnCall(null, List.of()));
        assertFalse(agentA.canSuperviseQueue("sales"));
    }

    @Test
    void aSupervisorActsOnCallsOfItsQueuesOnly() {
        assertTrue(salesSup.canActOnCall("sales", List.of("PJSIP/1002")));
        assertFalse(salesSup.canActOnCall("support", List.of("PJSIP/1002")));
        assertFalse(salesSup.canActOnCall(null, List.of("PJSIP/1002")));
        assertTrue(salesSup.canSuperviseQueue("sales"));
        assertFalse(salesSup.canSuperviseQueue("support"));
        assertFalse(salesSup.ownsEndpoint("PJSIP/1002"));
    }

    @Test
    void anAdminActsOnEverything() {
        assertTrue(admin.canActOnCall("support", List.of()));
        assertTrue(admin.canSuperviseQueue("anything"));
        assertTrue(admin.canActOnAgent("a", Set.of()));
    }

    @Test
    void agentsActOnThemselvesAndSupervisorsOnTheirQueuesAgents() {
        assertTrue(agentA.canActOnAgent("a", Set.of()));
        assertFalse(agentA.canActOnAgent("b", Set.of("sales")));
        assertTrue(salesSup.canActOnAgent("b", Set.of("sales", "support")));
        assertFalse(salesSup.canActOnAgent("c", Set.of("support")));
    }

    @Test
    void anAgentWithoutEndpointOwnsNothing() {
        AccessPolicy unlinked = new AccessPolicy("u", Set.of(Role.AGENT), null, Set.of());
        assertFalse(unlinked.ownsEndpoint(null));
        assertFalse(unlinked.canActOnCall(null, java.util.Arrays.asList((String) null)));
    }
}
