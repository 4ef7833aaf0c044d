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
import org.jboss.resteasy.reactive.client.api.LoggingScope;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/** Builds the REST client of one Asterisk server: basic auth, timeouts, one bounded keep-alive pool. */
@ApplicationScoped
public class AriClientFactory {

    /**
     * Idle keep-alive connections are dropped after this many seconds, below Asterisk's http.conf
     * {@code session_keep_alive} (15 s by default), so we never send a request on a socket Asterisk is closing.
     */
    static final int IDLE_CONNECTION_SECONDS = 10;

    private final AriConfig config;

    AriClientFactory(AriConfig config) {
        this.config = config;
    }

    /**
     * A new client for the server; callers keep and reuse it and {@link AriApi#close() close} it when the
     * server goes away. Every resource group of the client shares its single connection pool.
     */
    public AriApi create(AriServer server) {
        String auth = "Basic " + basicToken(server.username(), server.password());
        ClientRequestFilter authFilter = ctx -> ctx.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, auth);
        // QuarkusRestClientBuilder (3.33) has no typed setters for the pool; these properties are its documented keys.
        return new AriApi(QuarkusRestClientBuilder.newBuilder()
                .baseUri(server.baseUrl())
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, config.connectionPoolSize())
                .property(QuarkusRestClientProperties.KEEP_ALIVE_ENABLED, true)
                .property(QuarkusRestClientProperties.CONNECTION_TTL, IDLE_CONNECTION_SECONDS)
                .loggingScope(LoggingScope.NONE)
                .register(authFilter)
                .register(AriErrorMapper.class)
                .build(AriRestClient.class));
    }

    /** The basic-auth token, shared with the websocket connector. */
    public static String basicToken(String user, String password) {
        String raw = user + ":" + (password == null ? "" : password);
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
