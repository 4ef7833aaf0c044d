package io.callcenter.security.audit;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The client's address. Behind a reverse proxy set quarkus.http.proxy.proxy-address-forwarding=true
 * (and trusted proxies) so that Vert.x reports the forwarded address instead of the proxy's.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(RoutingContext rc) {
        SocketAddress remote = rc.request().remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }
}
