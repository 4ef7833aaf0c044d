package io.callcenter.mirror;

import io.callcenter.ari.connection.AriEventListener;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.jboss.logging.Logger;

/** Feeds the ARI event stream into the {@link LiveMirror} and hands the resulting changes to every {@link MirrorListener}. */
@ApplicationScoped
public class MirrorIngest implements AriEventListener {

    private static final Logger LOG = Logger.getLogger(MirrorIngest.class);

    private final LiveMirror mirror;
    private final Instance<MirrorListener> listeners;
    private final Counter applied;
    private final Counter listenerFailures;
    /**
     * Resolved once: iterating an Instance would create a new @Dependent listener on every event. Held as the beans
     * themselves, not their client proxies, which look the bean up in its context on every call (per change).
     */
    private volatile List<MirrorListener> resolved;

    MirrorIngest(LiveMirror mirror, @Any Instance<MirrorListener> listeners, MeterRegistry registry) {
        this.mirror = mirror;
        this.listeners = listeners;
        this.applied = registry.counter("callcenter.mirror.events.applied");
        this.listenerFailures = registry.counter("callcenter.mirror.listener.failures");
    }

    @Override
    public void onEvent(ReceivedEvent event) {
        deliver(mirror.apply(event));
        applied.increment();
    }

    @Override
    public void onResync(ResyncSnapshot snapshot) {
        deliver(mirror.resync(snapshot));
    }

    @Override
    public void onConnectionState(String server, ConnectionState state) {
        mirror.connectionState(server, state);
    }

    private void deliver(List<MirrorChange> changes) {
        List<MirrorListener> all = resolved;
        if (all == null) {
            all = listeners.stream().map(ClientProxy::unwrap).toList();
            resolved = all;
        }
        for (MirrorListener listener : all) {
            for (MirrorChange change : changes) {
                notify(listener, change);
            }
        }
    }

    private void notify(MirrorListener listener, MirrorChange change) {
        try {
            listener.onChange(change);
        } catch (RuntimeException e) {
            // A broken feature must not stop the mirror nor starve the other listeners of this server's stream;
            // the failure is counted and logged with its cause, never swallowed silently.
            listenerFailures.increment();
            LOG.errorf(e, "Mirror listener %s failed on %s", listener.getClass().getName(),
                    change.getClass().getSimpleName());
        }
    }
}
