package io.callcenter.acd.config;

import java.util.List;
import java.util.Optional;

/**
 * Read side of the ACD configuration for the runtime: a consistent in-memory snapshot, safe from any thread and
 * cheap to call on the event path (no database access per call). Replaced atomically when the admin API changes
 * something; observers get a CDI {@link AcdConfigChanged} event after the swap.
 */
public interface AcdDirectory {

    /** The queue a DID / extension is routed to. */
    Optional<QueueConfig> queueForDid(String did);

    Optional<QueueConfig> queue(String name);

    List<QueueConfig> queues();

    Optional<AgentConfig> agent(String username);

    /** The agent whose phone this is (case-insensitive, e.g. {@code PJSIP/1001}). */
    Optional<AgentConfig> agentByEndpoint(String endpoint);

    List<AgentConfig> agents();

    /** The usernames of the queue's members in the queue's order (linear and round-robin go through it). */
    List<String> members(String queue);

    /** Configured pause reason codes, e.g. "break", "lunch", "training", in display order. */
    List<PauseReason> pauseReasons();

    /** A pause reason code and its label. */
    record PauseReason(String code, String label) {
    }

    /** Fired (CDI event) after the snapshot changed. */
    record AcdConfigChanged() {
    }
}
