package io.callcenter.acd.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.config.Strategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each strategy picks the expected agent; lower penalty tiers first; skills. */
class AgentPickerTest {

    static final Instant T = Instant.parse("2026-11-27T08:00:00Z");

    // order, penalty, idle since (seconds after T: lower = idle longer), answered today
    final Candidate a = new Candidate("a", 0, 0, T.plusSeconds(30), 5, Map.of());
    final Candidate b = new Candidate("b", 1, 0, T.plusSeconds(10), 2, Map.of());
    final Candidate c = new Candidate("c", 2, 0, T.plusSeconds(20), 2, Map.of());
    final Candidate lazy = new Candidate("lazy", 3, 1, T, 0, Map.of());
    final List<Candidate> all = List.of(c, lazy, a, b);
    final AgentPicker picker = new AgentPicker(new Random(1));

    private List<String> pick(Strategy s, RoutingMemory memory) {
        return picker.pick("q", s, all, memory).stream().map(Candidate::username).toList();
    }

    @Test
    void eachStrategyPicksWithinTheLowestPenaltyTier() {
        assertEquals(List.of("b"), pick(Strategy.LONGEST_IDLE, new RoutingMemory()));
        assertEquals(List.of("a"), pick(Strategy.LINEAR, new RoutingMemory()));
        assertEquals(List.of("b"), pick(Strategy.FEWEST_CALLS, new RoutingMemory()), "tie 2-2 goes to longest idle");
        assertEquals(List.of("a", "b", "c"), pick(Strategy.RING_ALL, new RoutingMemory()));
    }

    @Test
    void roundRobinRemembersWhoWasOfferedLast() {
        RoutingMemory memory = new RoutingMemory();
        assertEquals(List.of("a"), pick(Strategy.ROUND_ROBIN, memory));
        assertEquals(List.of("b"), pick(Strategy.ROUND_ROBIN, memory));
        assertEquals(List.of("c"), pick(Strategy.ROUND_ROBIN, memory));
        assertEquals(List.of("a"), pick(Strategy.ROUND_ROBIN, memory), "wraps around");
    }

    @Test
    void randomPicksEveryAgentOfTheTierAndNeverTheHigherPenalty() {
        Set<String> seen = IntStream.range(0, 200).mapToObj(i -> pick(Strategy.RANDOM, new RoutingMemory()).get(0))
                .collect(Collectors.toSet());
        assertEquals(Set.of("a", "b", "c"), seen);
    }

    @Test
    void higherPenaltyOnlyWhenTheLowerTierIsEmpty() {
        assertEquals(List.of("lazy"), picker.pick("q", Strategy.LONGEST_IDLE, List.of(lazy), new RoutingMemory())
                .stream().map(Candidate::username).toList());
        assertTrue(picker.pick("q", Strategy.LINEAR, List.of(), new RoutingMemory()).isEmpty());
    }

    @Test
    void skillsMustMeetEveryRequiredLevel() {
        assertTrue(AgentPicker.skilled(Map.of("english", 2), Map.of("english", 3, "french", 1)));
        assertFalse(AgentPicker.skilled(Map.of("english", 2), Map.of("english", 1)));
        assertFalse(AgentPicker.skilled(Map.of("german", 1), Map.of("english", 5)));
        assertTrue(AgentPicker.skilled(Map.of(), Map.of()));
    }
}
