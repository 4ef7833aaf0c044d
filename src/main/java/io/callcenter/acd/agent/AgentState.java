package io.callcenter.acd.agent;

/** The states of an agent; the device state published for each is in {@link #deviceState()}. */
public enum AgentState {
    LOGGED_OUT("UNAVAILABLE"),
    READY("NOT_INUSE"),
    /** An offer is ringing the agent's phone. */
    RESERVED("RINGING"),
    ON_CALL("INUSE"),
    WRAP_UP("BUSY"),
    PAUSED("ONHOLD");

    private final String deviceState;

    AgentState(String deviceState) {
        this.deviceState = deviceState;
    }

    /** The ARI device state published as {@code Stasis:agent-<ext>} for this agent state. */
    public String deviceState() {
        return deviceState;
    }
}
