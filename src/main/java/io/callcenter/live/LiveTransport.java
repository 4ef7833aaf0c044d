package io.callcenter.live;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Says at startup which socket transport the event loops run (the browser push writes ~45,000 frames a second on
 * them): Netty's native epoll when {@code quarkus.vertx.prefer-native-transport} is set and its library loads, else
 * the JDK's, with the reason, so a fallback is never silent.
 */
@ApplicationScoped
public class LiveTransport {

    private static final Logger LOG = Logger.getLogger(LiveTransport.class);
    private final Vertx vertx;

    LiveTransport(Vertx vertx) {
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent ignored) {
        if (nativeEpoll()) {
            LOG.infof("Event loops: native epoll transport (%s)", loopClass());
        } else {
            LOG.infof("Event loops: JDK transport (%s); native epoll: %s", loopClass(), epollProblem());
        }
    }

    /** Whether Vert.x runs on native transport and its event loops are Netty's epoll loops. */
    public boolean nativeEpoll() {
        return vertx.isNativeTransportEnabled() && loopClass().endsWith(".EpollEventLoop");
    }

    /** The class of the event loops' Netty loop, e.g. {@code io.netty.channel.epoll.EpollEventLoop}. */
    public String loopClass() {
        return ((VertxInternal) vertx).getEventLoopGroup().next().getClass().getName();
    }

    /** Why native epoll is not used: off, or the reason Netty gives (no library for this platform, ...). */
    public String epollProblem() {
        if (vertx.isNativeTransportEnabled()) {
            return "none";
        }
        try {
            Throwable cause = io.netty.channel.epoll.Epoll.unavailabilityCause();
            return cause == null ? "available but not preferred (quarkus.vertx.prefer-native-transport=false)"
                    : cause.toString();
        } catch (LinkageError e) {
            return "its classes are not on the class path (" + e + ")";
        }
    }
}
