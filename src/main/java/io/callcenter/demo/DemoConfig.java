package io.callcenter.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The built-in demo PBX: an ARI server plus simulated traffic, started when no Asterisk is configured. */
@ConfigMapping(prefix = "callcenter.demo")
public interface DemoConfig {

    /** Start the demo PBX when no Asterisk is configured (off in prod unless set). */
    @WithDefault("true")
    boolean enabled();

    /** Seed the documented demo users (admin, supervisors, agents of the demo endpoints); never in production. */
    @WithDefault("false")
    boolean seedUsers();

    /** Interface the demo ARI server binds to; loopback keeps it private. */
    @WithDefault("127.0.0.1")
    String host();

    /** Port of the demo ARI server; 0 picks a free one. */
    @WithDefault("0")
    int port();

    /** ARI user of the demo PBX. */
    @WithDefault("demo")
    String user();

    /** ARI password of the demo PBX; required in prod, generated (and never logged) in dev when blank. */
    Optional<String> password();

    /** Stasis app inbound calls enter ({@code Stasis(app,inbound,DID)}) and the app connects as. */
    @WithDefault("callcenter")
    String app();

    /** Number of agent endpoints, PJSIP/1001 upwards. */
    @WithDefault("20")
    int agents();

    /** Share of agent phones without a registration at start. */
    @WithDefault("0.1")
    double unregisteredRate();

    /** Mean new inbound calls per hour (Poisson arrivals). */
    @WithDefault("240")
    double callsPerHour();

    /** 24 comma-separated hourly factors applied to calls-per-hour (local time); empty = flat. */
    Optional<List<Double>> dailyCurve();

    /** DIDs callers dial (the DID is the second Stasis argument). */
    @WithDefault("5000,5001")
    List<String> dids();

    /** Shortest time an agent phone rings before it answers, in ms. */
    @WithDefault("1500")
    long answerDelayMinMs();

    /** Longest time an agent phone rings before it answers, in ms. */
    @WithDefault("6000")
    long answerDelayMaxMs();

    /** Share of calls to an agent phone that ring unanswered. */
    @WithDefault("0.1")
    double noAnswerRate();

    /** Share of calls to an agent phone rejected busy. */
    @WithDefault("0.05")
    double busyRate();

    /** Mean talk time once a caller is connected, in seconds (exponential). */
    @WithDefault("90")
    double talkSeconds();

    /** Mean caller patience before hanging up unconnected, in seconds (exponential). */
    @WithDefault("120")
    double patienceSeconds();

    /** Share of answered callers who press a key (DTMF). */
    @WithDefault("0.2")
    double dtmfRate();

    /** Agent phones registering or unregistering per hour. */
    @WithDefault("4")
    double registrationChangesPerHour();

    /** Reproduce Asterisk's races on purpose: events (even StasisStart) before the HTTP answer. */
    @WithDefault("false")
    boolean races();

    /** Seed of the simulation's random numbers; absent = a new sequence each start. */
    OptionalLong seed();

    /** Entity id the demo PBX reports as {@code asterisk_id}. */
    @WithDefault("02:00:00:00:de:00")
    String asteriskId();
}
