package io.callcenter.ari.connection;

import io.callcenter.testsupport.ari.FakeAriServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a fake Asterisk before the app and configures it as server {@code boot}, to test opening at startup. */
public class FakeAriBootResource implements QuarkusTestResourceLifecycleManager {

    static volatile FakeAriServer fake;

    @Override
    public Map<String, String> start() {
        fake = FakeAriServer.start("boot-user", "boot-secret");
        return Map.of(
                "callcenter.ari.servers.boot.url", fake.baseUrl().toString(),
                "callcenter.ari.servers.boot.username", "boot-user",
                "callcenter.ari.servers.boot.password", "boot-secret",
                "callcenter.ari.servers.boot.app", "bootapp");
    }

    @Override
    public void stop() {
        fake.close();
    }
}
