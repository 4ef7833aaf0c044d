package io.callcenter.originate;

import io.callcenter.ari.events.ChannelDestroyed;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.MirrorChange;
import io.callcenter.mirror.MirrorListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Follows originated channels through the mirror: Up → answered; Up and in our Stasis app → continue into the
 * dialplan (on a worker); ChannelDestroyed → final record with its cause. Runs on the dispatch thread, so it only
 * updates memory and hands everything slow (ARI requests, database) to other threads.
 */
@ApplicationScoped
class OriginateTracker implements MirrorListener {

    private final Originations originations;
    private final OriginateCommands commands;

    OriginateTracker(Originations originations, OriginateCommands commands) {
        this.originations = originations;
        this.commands = commands;
    }

    @Override
    public void onChange(MirrorChange change) {
        if (change instanceof MirrorChange.ChannelUpdated u) {
            updated(u.channel());
        } else if (change instanceof MirrorChange.EventObserved e && e.message() instanceof ChannelDestroyed d
                && d.channel() != null) {
            ended(originations.byChannel(d.channel().id()), d.cause(), d.causeTxt(), e.at());
        } else if (change instanceof MirrorChange.ChannelRemoved r && r.reason() == MirrorChange.RemovalReason.VANISHED) {
            Origination o = originations.byChannel(r.channel().id());
            if (o != null) {
                o.failedWhileUp(Origination.VANISHED);
                ended(o, null, null, Instant.now());
            }
        }
    }

    private void updated(ChannelView channel) {
        Origination o = originations.byChannel(channel.id());
        if (o == null || !"Up".equals(channel.state())) {
            return;
        }
        if (o.answered(channel.answered() != null ? channel.answered() : Instant.now())) {
            originations.changed(o);
        }
        // Asterisk sends StasisStart only after the answer (ChannelStateChange Up first): continue once in Stasis
        if (channel.stasisApp() != null && o.claimContinue()) {
            commands.continueLater(o);
        }
    }

    private void ended(Origination o, Integer cause, String causeTxt, Instant at) {
        if (o != null && !o.isFinal()) {
            o.ended(cause, causeTxt, at);
            originations.changed(o);
        }
    }
}
