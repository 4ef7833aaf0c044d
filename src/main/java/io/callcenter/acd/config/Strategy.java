package io.callcenter.acd.config;

/** How a queue picks among the eligible agents of its lowest penalty tier. */
public enum Strategy {
    /** Offer to every eligible agent at once; the first to answer gets the call. */
    RING_ALL,
    /** The agent idle for the longest time (since its last call ended or it became ready). */
    LONGEST_IDLE,
    /** The agent after the one offered last, in a stable order, remembered across calls. */
    ROUND_ROBIN,
    /** The agent that handled the fewest calls of this queue today. */
    FEWEST_CALLS,
    /** Any eligible agent, uniformly. */
    RANDOM,
    /** Always in the configured order (membership order), first eligible first. */
    LINEAR
}
