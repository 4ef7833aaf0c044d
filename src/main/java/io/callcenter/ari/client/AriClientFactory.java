package io.callcenter.ari.client;

import io.callcenter.ari.config.AriConfig;
import io.callcenter.ari.config.AriServer;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/** Builds the REST client of one Asterisk server: basic auth, timeouts, one bounded keep-alive pool. */
@ApplicationScoped
public class AriClientFactory {

    private final AriConfig config;

    AriClientFactory(AriConfig config) {
        this.config = config;
    }

    /** A new client for the server; callers keep and reuse it (each client owns its connection pool). */
    public AriRestClient create(AriServer server) {
        String auth = "Basic " + basicToken(server.username(), server.password());
        ClientRequestFilter authFilter = ctx -> ctx.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, auth);
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(server.baseUrl())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("io.quarkus.rest.client.connection-pool-size", config.connectionPoolSize())
                .property("io.quarkus.rest.client.connection-ttl", 60)
                .register(authFilter)
                .register(AriErrorMapper.class)
                .build(AriRestClient.class);
    }

    /** The basic-auth token, shared with the websocket connector. */
    public static String basicToken(String user, String password) {
        String raw = user + ":" + (password == null ? "" : password);
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
