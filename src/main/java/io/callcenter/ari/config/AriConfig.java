package io.callcenter.ari.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How the app reaches its Asterisk servers over ARI. */
@ConfigMapping(prefix = "callcenter.ari")
public interface AriConfig {

    /** Asterisk servers by name; a server without a URL is ignored (so env-driven defaults can stay blank). */
    Map<String, Server> servers();

    /** TCP connect timeout for ARI REST and websocket. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long one ARI REST call may take before it fails. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Keep-alive HTTP connections per server; Asterisk's http.conf sessionlimit defaults to 100 for everyone. */
    @WithDefault("16")
    int connectionPoolSize();

    /** First reconnect delay after the events websocket drops; doubles each failed attempt. */
    @WithDefault("1s")
    Duration reconnectInitialDelay();

    /** Upper bound of the reconnect delay; retries go on forever at this pace. */
    @WithDefault("30s")
    Duration reconnectMaxDelay();

    /** Websocket ping interval, so a dead TCP path is noticed. */
    @WithDefault("10s")
    Duration pingInterval();

    /** Close and reconnect when nothing (no event, no pong) came from the server for this long. */
    @WithDefault("30s")
    Duration deadPeerTimeout();

    /** Largest events websocket message accepted (Vert.x's default of 256 KiB is tight for big variable sets). */
    @WithDefault("4194304")
    int maxEventSize();

    /** One Asterisk server. */
    interface Server {

        /** Base URL of Asterisk's HTTP server, e.g. {@code http://pbx1:8088} (without {@code /ari}). */
        Optional<String> url();

        /** ARI user from ari.conf. */
        @WithDefault("asterisk")
        String username();

        /** ARI password from ari.conf; never logged nor sent to browsers. */
        Optional<String> password();

        /** Stasis application name the dialplan sends calls to. */
        @WithDefault("callcenter")
        String app();

        /** Subscribe to all channels, bridges, endpoints and device states (needed for complete history). */
        @WithDefault("true")
        boolean subscribeAll();
    }
}
