package io.callcenter.demo;

import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.config.AriServers;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.server.AriHttpServer;
import io.callcenter.demo.traffic.SimulatedPhones;
import io.callcenter.demo.traffic.TrafficGenerator;
import io.callcenter.demo.traffic.TrafficSettings;
import io.callcenter.demo.world.World;
import io.callcenter.demo.world.WorldSettings;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jboss.logging.Logger;

/** Starts the demo PBX in-process when no Asterisk is configured, and connects the app to it over real ARI. */
@ApplicationScoped
public class DemoPbx {

    private static final Logger LOG = Logger.getLogger(DemoPbx.class);
    private final DemoConfig config;
    private final AriServers servers;
    private final Vertx vertx;
    private final AriConnections connections;
    private AriHttpServer server;
    private TrafficGenerator traffic;
    private int port;

    DemoPbx(DemoConfig config, AriServers servers, Vertx vertx, AriConnections connections) {
        this.config = config;
        this.servers = servers;
        this.vertx = vertx;
        this.connections = connections;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        if (!servers.configured().isEmpty()) {
            LOG.info("Asterisk servers are configured; the demo PBX stays off");
            return;
        }
        start(password(config.password(), ConfigUtils.getProfiles().contains("prod")));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (traffic != null) {
            traffic.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** The port the demo ARI server listens on, or 0 while it is off. */
    public int port() {
        return port;
    }

    private void start(String password) {
        DemoConfigCheck.validate(config);
        Random random = config.seed().isPresent() ? new Random(config.seed().getAsLong()) : new Random();
        TrafficSettings ts = new TrafficSettings(config.app(), config.callsPerHour(), config.dailyCurve().orElse(List.of()),
                config.dids(), config.answerDelayMinMs(), config.answerDelayMaxMs(), config.noAnswerRate(), config.busyRate(),
                config.talkSeconds(), config.patienceSeconds(), config.dtmfRate(), config.registrationChangesPerHour());
        Set<String> offline = new HashSet<>();
        for (int i = 1; i <= config.agents(); i++) {
            if (random.nextDouble() < config.unregisteredRate()) {
                offline.add(String.valueOf(1000 + i));
            }
        }
        WorldSettings ws = new WorldSettings(config.asteriskId(), config.agents(), offline, 1.0, config.races(),
                new SimulatedPhones(ts, random));
        World world = new World(vertx, ws);
        server = new AriHttpServer(vertx, world, config.user(), password);
        port = server.start(config.host(), config.port());
        traffic = new TrafficGenerator(world, ts, random);
        traffic.start();
        LOG.infof("Demo PBX (simulated Asterisk) serving ARI on http://%s:%d, app %s, %d agents, %.0f calls/h",
                config.host(), port, config.app(), config.agents(), config.callsPerHour());
        // reached over real HTTP/WS like any Asterisk, never by a Java call
        connections.open(new AriServer("demo", URI.create("http://127.0.0.1:" + port), config.user(), password,
                config.app(), true));
    }

    /** In the prod profile the demo PBX needs its own password; elsewhere (dev, demo) a random one will do (never logged). */
    static String password(java.util.Optional<String> password, boolean prodProfile) {
        String configured = password.map(String::strip).orElse("");
        if (!configured.isEmpty()) {
            return configured;
        }
        if (prodProfile) {
            throw new IllegalStateException("callcenter.demo.enabled=true in prod requires callcenter.demo.password "
                    + "(set CALLCENTER_DEMO_PASSWORD); refusing to start the demo PBX without its own password");
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
