package io.callcenter.acd.agent;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How agent transitions are published (persisted + device state + user event). */
@ConfigMapping(prefix = "callcenter.agent-publisher")
public interface AgentPublishConfig {

    /** Worker threads shared by all agents (each agent's transitions still run one after another, in order). */
    @WithDefault("2")
    int threads();

    /** Name of the ARI user event sent on every transition ({@code POST /events/user/<name>}). */
    @WithDefault("AgentState")
    String userEvent();

    /** Prefix of the custom device state; the agent's extension follows, e.g. {@code Stasis:agent-1001}. */
    @WithDefault("Stasis:agent-")
    String devicePrefix();
}
