package io.callcenter.ari.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Servers can be configured from environment variables only, as docker/README.md documents. */
class AriServersEnvTest {

    @Test
    void secondServerFromEnvironmentVariables() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(Map.of(
                        "CALLCENTER_ARI_SERVERS_MAIN_URL", "http://asterisk:8088",
                        "CALLCENTER_ARI_SERVERS_MAIN_PASSWORD", "pw1",
                        "CALLCENTER_ARI_SERVERS_PBX2_URL", "http://pbx2:8088",
                        "CALLCENTER_ARI_SERVERS_PBX2_USERNAME", "cc",
                        "CALLCENTER_ARI_SERVERS_PBX2_PASSWORD", "pw2",
                        "CALLCENTER_ARI_SERVERS_PBX2_APP", "queue-app",
                        "CALLCENTER_ARI_SERVERS_PBX2_SUBSCRIBE_ALL", "false"), 300) {
                })
                // Quarkus' own converter for "5s"-style durations, as at runtime
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(AriConfig.class)
                .build();
        List<AriServer> servers = AriServers.resolve(config.getConfigMapping(AriConfig.class).servers());
        assertEquals(List.of(
                new AriServer("main", URI.create("http://asterisk:8088"), "asterisk", "pw1", "callcenter", true),
                new AriServer("pbx2", URI.create("http://pbx2:8088"), "cc", "pw2", "queue-app", false)), servers);
        assertFalse(servers.get(1).subscribeAll());
    }
}
