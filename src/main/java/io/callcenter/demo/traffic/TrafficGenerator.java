package io.callcenter.demo.traffic;

import io.callcenter.demo.world.CallHooks;
import io.callcenter.demo.world.SimClock;
import io.callcenter.demo.world.World;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/** Callers arriving as a Poisson process (optionally shaped by a daily curve), abandoning, talking, pressing keys; phones (un)registering. */
public final class TrafficGenerator implements CallHooks {

    private final World world;
    private final SimClock clock;
    private final TrafficSettings settings;
    private final Random random;
    private final Map<String, Long> patience = new HashMap<>();
    private volatile boolean running;
    private long arrivals;

    public TrafficGenerator(World world, TrafficSettings settings, Random random) {
        this.world = world;
        this.clock = world.clock();
        this.settings = settings;
        this.random = random;
    }

    public void start() {
        world.hooks(this);
        running = true;
        clock.soon(this::nextArrival);
        if (settings.registrationChangesPerHour() > 0) {
            clock.soon(this::nextRegistrationChange);
        }
    }

    public void stop() {
        running = false;
    }

    /** Callers generated so far. */
    public long arrivals() {
        return arrivals;
    }

    private void nextArrival() {
        double perHour = settings.callsPerHour() * curveFactor();
        if (!running) {
            return;
        }
        if (perHour <= 0) {
            clock.after(60_000, this::nextArrival);
            return;
        }
        clock.after(exponential(3_600_000 / perHour), () -> {
            if (running) {
                arrive();
                nextArrival();
            }
        });
    }

    private void arrive() {
        arrivals++;
        String number = "555" + (1000 + random.nextInt(9000));
        String did = settings.dids().get(random.nextInt(settings.dids().size()));
        String id = world.stimuli().callerArrives(settings.app(), did, "Caller " + number, number, null);
        patience.put(id, clock.after(exponential(settings.patienceSeconds() * 1000), () -> {
            patience.remove(id);
            world.stimuli().callerHangsUp(id);
        }));
    }

    @Override
    public void answered(String channelId) {
        if (random.nextDouble() < settings.dtmfRate()) {
            String digit = String.valueOf(1 + random.nextInt(3));
            clock.after(1000 + random.nextInt(2000), () -> world.stimuli().dtmf(channelId, digit));
        }
    }

    /** Connected to an agent: patience no longer matters; the caller hangs up after the talk time. */
    @Override
    public void connected(String channelId) {
        Long timer = patience.remove(channelId);
        if (timer != null) {
            clock.cancel(timer);
        }
        clock.after(exponential(settings.talkSeconds() * 1000), () -> world.stimuli().callerHangsUp(channelId));
    }

    private void nextRegistrationChange() {
        if (!running) {
            return;
        }
        clock.after(exponential(3_600_000 / settings.registrationChangesPerHour()), () -> {
            String resource = String.valueOf(1001 + random.nextInt(world.settings().agents()));
            world.stimuli().registration(resource, !world.stimuli().online(resource));
            nextRegistrationChange();
        });
    }

    private long exponential(double meanMs) {
        return Math.max(1, (long) (-Math.log(1 - random.nextDouble()) * meanMs));
    }

    private double curveFactor() {
        if (settings.dailyCurve() == null || settings.dailyCurve().size() != 24) {
            return 1.0;
        }
        return settings.dailyCurve().get(LocalTime.now().getHour());
    }
}
