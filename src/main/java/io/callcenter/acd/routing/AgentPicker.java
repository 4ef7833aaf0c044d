package io.callcenter.acd.routing;

import io.callcenter.acd.config.Strategy;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Chooses whom to offer a call to: only the lowest penalty tier among the candidates, then the queue's strategy
 * within that tier. Pure and deterministic except for {@link Strategy#RANDOM}.
 */
public final class AgentPicker {

    private final RandomGenerator random;

    public AgentPicker(RandomGenerator random) {
        this.random = random;
    }

    /** The agents to ring now (several only for ring-all); empty when there is no candidate. */
    public List<Candidate> pick(String queue, Strategy strategy, List<Candidate> candidates, RoutingMemory memory) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        int tier = candidates.stream().mapToInt(Candidate::penalty).min().orElseThrow();
        List<Candidate> best = candidates.stream().filter(c -> c.penalty() == tier)
                .sorted(Comparator.comparingInt(Candidate::order)).toList();
        Candidate chosen = switch (strategy) {
            case RING_ALL -> null;
            case LINEAR -> best.get(0);
            case LONGEST_IDLE -> best.stream().min(Comparator.comparing(Candidate::readySince)
                    .thenComparingInt(Candidate::order)).orElseThrow();
            case FEWEST_CALLS -> best.stream().min(Comparator.comparingInt(Candidate::answeredToday)
                    .thenComparing(Candidate::readySince).thenComparingInt(Candidate::order)).orElseThrow();
            case RANDOM -> best.get(random.nextInt(best.size()));
            case ROUND_ROBIN -> nextAfter(best, memory.lastOffered(queue));
        };
        if (chosen == null) {
            return best;
        }
        memory.offered(queue, chosen.order());
        return List.of(chosen);
    }

    private static Candidate nextAfter(List<Candidate> ordered, int last) {
        return ordered.stream().filter(c -> c.order() > last).findFirst().orElse(ordered.get(0));
    }

    /** Whether the agent's skills meet the queue's requirements (every required skill at least at its level). */
    public static boolean skilled(Map<String, Integer> required, Map<String, Integer> skills) {
        return required.entrySet().stream()
                .allMatch(r -> skills.getOrDefault(r.getKey(), Integer.MIN_VALUE) >= r.getValue());
    }
}
