package io.callcenter.ari.connection;

import io.callcenter.testsupport.ari.FakeAriServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a fake Asterisk before the app, configured as server {@code boot}; pings every 200 ms in this app. */
public class FakeAriBootResource implements QuarkusTestResourceLifecycleManager {

    static volatile FakeAriServer fake;

    @Override
    public Map<String, String> start() {
        fake = FakeAriServer.start("boot-user", "boot-secret");
        return Map.of(
                "callcenter.ari.servers.boot.url", fake.baseUrl().toString(),
                "callcenter.ari.servers.boot.username", "boot-user",
                "callcenter.ari.servers.boot.password", "boot-secret",
                "callcenter.ari.servers.boot.app", "bootapp",
                // Fast pings for the dead-peer test of this app instance (a separate boot with its own config).
                "callcenter.ari.ping-interval", "200ms",
                "callcenter.ari.dead-peer-timeout", "4s");
    }

    @Override
    public void stop() {
        fake.close();
    }
}
