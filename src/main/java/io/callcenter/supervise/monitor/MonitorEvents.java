package io.callcenter.supervise.monitor;

import io.callcenter.ari.events.StasisEnd;
import io.callcenter.ari.events.StasisStart;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.mirror.MirrorChange;
import io.callcenter.mirror.MirrorListener;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The monitors' view of the ARI stream: on the dispatch thread it only hands StasisStart / StasisEnd / removals of
 * watched channels to the monitors' thread; after a resync it removes {@code sup-} channels and bridges nobody owns.
 */
@ApplicationScoped
class MonitorEvents implements MirrorListener {

    private final Monitors monitors;
    private final MonitorFlow flow;
    private final MonitorAri ari;
    private final LiveMirror mirror;

    MonitorEvents(Monitors monitors, MonitorFlow flow, MonitorAri ari, LiveMirror mirror) {
        this.monitors = monitors;
        this.flow = flow;
        this.ari = ari;
        this.mirror = mirror;
    }

    @Override
    public void onChange(MirrorChange change) {
        if (change instanceof MirrorChange.EventObserved e && e.message() instanceof StasisStart start) {
            String id = start.channel().id();
            monitors.later(() -> monitors.byChannel(e.asteriskId(), id).ifPresent(s -> flow.stasisStarted(s, id)));
        } else if (change instanceof MirrorChange.EventObserved e && e.message() instanceof StasisEnd end
                && end.channel() != null) {
            gone(e.asteriskId(), end.channel().id());
        } else if (change instanceof MirrorChange.ChannelRemoved r) {
            gone(r.asteriskId(), r.channel().id());
        } else if (change instanceof MirrorChange.Resynced r) {
            monitors.later(() -> removeStrays(r.asteriskId(), r.server()));
        }
    }

    private void gone(String asteriskId, String channelId) {
        monitors.later(() -> monitors.byChannel(asteriskId, channelId).ifPresent(s -> flow.gone(s, channelId)));
    }

    /** Channels and bridges of sessions lost in a restart would otherwise stay up forever. */
    private void removeStrays(String asteriskId, String server) {
        mirror.server(asteriskId).ifPresent(view -> {
            MonitorSession probe = new MonitorSession("stray", "", "", new MonitorSession.Target(asteriskId, server,
                    null, null, null, null), null, null, MonitorMode.LISTEN);
            for (ChannelView c : view.channels()) {
                if (c.id().startsWith("sup-") && !monitors.owns(asteriskId, c.id())) {
                    ari.hangup(probe, c.id());
                }
            }
            for (BridgeView b : view.bridges()) {
                if (b.id().startsWith("sup-bridge-") && !monitors.owns(asteriskId, b.id())) {
                    ari.quietly(probe, "destroy " + b.id(), client -> client.bridges().destroy(b.id()));
                }
            }
        });
    }
}
