package io.callcenter.demo;

import io.callcenter.demo.server.AriHttpServer;
import io.callcenter.demo.world.World;
import io.callcenter.demo.world.WorldSettings;
import io.vertx.core.Vertx;
import java.net.URI;

/** A demo PBX on a random loopback port, for tests: its own Vert.x, world and ARI server. */
public final class DemoPbxHarness implements AutoCloseable {

    public static final String USER = "tester";
    public static final String PASSWORD = "secret-" + Long.toHexString(System.nanoTime());

    public final Vertx vertx = Vertx.vertx();
    public final World world;
    public final AriHttpServer server;
    public final int port;

    public DemoPbxHarness(WorldSettings settings) {
        world = new World(vertx, settings);
        server = new AriHttpServer(vertx, world, USER, PASSWORD);
        port = server.start("127.0.0.1", 0);
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    AriTestClient client() {
        return new AriTestClient(base(), USER, PASSWORD);
    }

    @Override
    public void close() {
        server.stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
