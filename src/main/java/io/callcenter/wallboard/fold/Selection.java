package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.QueueConfig;
import io.callcenter.metrics.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queues a wallboard shows (configured ones, in display order) and each agent's configured member queues (used
 * for an agent whose logged-in queues were never recorded).
 *
 * @param queues the selected queues' configuration (thresholds and SL variant)
 * @param memberships username → member queues from the ACD directory
 */
public record Selection(List<QueueConfig> queues, Map<String, List<String>> memberships) {

    public Selection {
        queues = List.copyOf(queues);
        memberships = Map.copyOf(memberships);
    }

    Set<String> names() {
        return queues.stream().map(QueueConfig::name).collect(Collectors.toSet());
    }

    static Thresholds thresholds(QueueConfig q) {
        return Thresholds.of(q, Thresholds.DEFAULT_EDGES);
    }
}
