package io.callcenter.demo.traffic;

import io.callcenter.demo.world.WorldSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agent phones with a fixed reaction per extension (answer after N ms, ring forever, busy), changeable while the
 * world runs: what ACD tests need to make "agent 1002 does not answer" deterministic. Unlisted phones use the default.
 */
public final class ScriptedPhones implements WorldSettings.Phones {

    private final Map<String, WorldSettings.Reaction> byResource = new ConcurrentHashMap<>();
    private volatile WorldSettings.Reaction fallback;

    public ScriptedPhones(WorldSettings.Reaction fallback) {
        this.fallback = fallback;
    }

    /** Answers after the delay (simulated ms). */
    public static WorldSettings.Reaction answerAfter(long ms) {
        return new WorldSettings.Reaction(WorldSettings.Reaction.Kind.ANSWER, ms);
    }

    /** Rejects busy after the delay (simulated ms). */
    public static WorldSettings.Reaction busyAfter(long ms) {
        return new WorldSettings.Reaction(WorldSettings.Reaction.Kind.BUSY, ms);
    }

    /** Sets how one extension (e.g. "1002") reacts from now on. */
    public ScriptedPhones set(String resource, WorldSettings.Reaction reaction) {
        byResource.put(resource, reaction);
        return this;
    }

    public ScriptedPhones fallback(WorldSettings.Reaction reaction) {
        this.fallback = reaction;
        return this;
    }

    @Override
    public WorldSettings.Reaction onInvite(String resource) {
        return byResource.getOrDefault(resource, fallback);
    }
}
