package io.callcenter.acd;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The ACD runtime: threads, timeouts and prompts (queues and agents themselves are configured in the database). */
@ConfigMapping(prefix = "callcenter.acd")
public interface AcdConfig {

    /** Run the in-app ACD on inbound calls ({@code StasisStart(inbound, DID)}); off leaves them untouched. */
    @WithDefault("true")
    boolean enabled();

    /** Threads that send ARI commands for the ACD (commands of one call are still sent in order). */
    @WithDefault("16")
    int ariThreads();

    /** How long an agent-state REST command waits for the ACD before answering 503. */
    @WithDefault("5s")
    Duration commandTimeout();

    /** Longest a goodbye prompt may play before the caller is hung up anyway. */
    @WithDefault("30s")
    Duration goodbyeTimeout();

    /** How many times a call may be sent from queue to queue by overflow targets before it gets the goodbye. */
    @WithDefault("3")
    int maxQueueHops();

    /** Estimated wait per position used before a queue has answered any call. */
    @WithDefault("60s")
    Duration defaultWaitPerPosition();
}
