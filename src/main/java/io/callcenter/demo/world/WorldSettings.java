package io.callcenter.demo.world;

/**
 * How the simulated PBX behaves.
 *
 * @param asteriskId  entity id in every event
 * @param agents      agent endpoints PJSIP/1001..(1000+agents)
 * @param unregistered agents (from the top of the range) without a contact at start
 * @param timeScale   real ms per simulated ms (1 = real time; tests use less)
 * @param races       reproduce Asterisk's races on purpose: events before the HTTP answer
 * @param phones      how agent phones react to an INVITE
 */
public record WorldSettings(String asteriskId, int agents, int unregistered, double timeScale, boolean races, Phones phones) {

    /** Settings for tests: manual phones (they ring until the driver answers), fast clock, no races. */
    public static WorldSettings forTests(double timeScale) {
        return new WorldSettings("02:00:00:00:00:01", 5, 0, timeScale, false, Phones.MANUAL);
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
