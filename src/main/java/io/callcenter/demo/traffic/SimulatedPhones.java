package io.callcenter.demo.traffic;

import io.callcenter.demo.world.WorldSettings;
import java.util.Random;

/** Agent phones that answer after a random delay, or let it ring, or are busy, at the configured rates. */
public final class SimulatedPhones implements WorldSettings.Phones {

    private final TrafficSettings settings;
    private final Random random;

    public SimulatedPhones(TrafficSettings settings, Random random) {
        this.settings = settings;
        this.random = random;
    }

    @Override
    public WorldSettings.Reaction onInvite(String resource) {
        synchronized (random) {
            double roll = random.nextDouble();
            if (roll < settings.busyRate()) {
                return new WorldSettings.Reaction(WorldSettings.Reaction.Kind.BUSY, 200 + random.nextInt(300));
            }
            if (roll < settings.busyRate() + settings.noAnswerRate()) {
                return WorldSettings.Reaction.RING;
            }
            long span = Math.max(1, settings.answerDelayMaxMs() - settings.answerDelayMinMs());
            return new WorldSettings.Reaction(WorldSettings.Reaction.Kind.ANSWER, settings.answerDelayMinMs() + (long) (random.nextDouble() * span));
        }
    }
}
