package io.callcenter.demo.world;

/**
 * How the simulated PBX behaves.
 *
 * @param asteriskId  entity id in every event
 * @param agents      agent endpoints PJSIP/1001..(1000+agents)
 * @param offline     agent resources (e.g. "1003") without a contact at start
 * @param timeScale   real ms per simulated ms (1 = real time; tests use less)
 * @param races       reproduce Asterisk's races on purpose: events before the HTTP answer
 * @param phones      how agent phones react to an INVITE
 */
public record WorldSettings(String asteriskId, int agents, java.util.Set<String> offline, double timeScale, boolean races, Phones phones) {

    /** Settings for tests: agents 1001..1005 with 1003/1004 unregistered (as in the recorded setup), manual phones (they ring until the driver answers), fast clock, no races. */
    public static WorldSettings forTests(double timeScale) {
        return new WorldSettings("02:00:00:00:00:01", 5, java.util.Set.of("1003", "1004"), timeScale, false, Phones.MANUAL);
    }

    /** How an agent phone reacts to an INVITE. */
    public interface Phones {
        /** Phones that only ring; a driver answers them ({@link Stimuli#phoneAnswers}). */
        Phones MANUAL = resource -> Reaction.RING;

        Reaction onInvite(String resource);
    }

    /** A phone's reaction: ring forever, answer after a delay, or reject busy. */
    public record Reaction(Kind kind, long delayMs) {
        public static final Reaction RING = new Reaction(Kind.RING, 0);

        public enum Kind { RING, ANSWER, BUSY }
    }
}
