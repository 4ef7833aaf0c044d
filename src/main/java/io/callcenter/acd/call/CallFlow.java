package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.ari.events.StasisEnd;
import io.callcenter.ari.events.StasisStart;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.mirror.MirrorChange;
import io.callcenter.mirror.MirrorChange.ChannelRemoved;
import io.callcenter.mirror.MirrorChange.EventObserved;
import io.callcenter.mirror.MirrorChange.PlaybackRemoved;
import io.callcenter.mirror.MirrorChange.Resynced;
import io.callcenter.mirror.MirrorListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The ACD's view of the ARI event stream: on the dispatch thread it only picks the few changes it acts on and
 * hands them to the actor; everything else happens there. Each handler checks the current state first, so an
 * event seen twice, late or out of order changes nothing.
 */
@ApplicationScoped
public class CallFlow implements MirrorListener {

    private static final Logger LOG = Logger.getLogger(CallFlow.class);

    @Inject
    AcdConfig config;
    @Inject
    AcdActor actor;
    @Inject
    LiveMirror mirror;
    @Inject
    CallBook book;
    @Inject
    Arrival arrival;
    @Inject
    Offers offers;
    @Inject
    Connector connector;
    @Inject
    Hangups hangups;
    @Inject
    Leaving leaving;
    @Inject
    Recovery recovery;
    @Inject
    DeskConsults consults;

    @Override
    public void onChange(MirrorChange change) {
        if (!config.enabled()) {
            return;
        }
        if (change instanceof EventObserved e && (e.message() instanceof StasisStart || e.message() instanceof StasisEnd)) {
            actor.run(() -> observed(e));
        } else if (change instanceof ChannelRemoved r) {
            actor.run(() -> channelGone(r.asteriskId(), r.channel().id(), r.cause()));
        } else if (change instanceof PlaybackRemoved p) {
            actor.run(() -> playbackDone(p.playback().id()));
        } else if (change instanceof Resynced r) {
            actor.run(() -> {
                book.servers.put(r.asteriskId(), r.server());
                recovery.reconcile(r.asteriskId(), r.server());
            });
        }
    }

    private void observed(EventObserved e) {
        book.servers.put(e.asteriskId(), e.server());
        if (e.message() instanceof StasisStart s) {
            started(e.asteriskId(), e.server(), s);
        } else if (e.message() instanceof StasisEnd end && end.channel() != null) {
            Integer cause = mirror.channel(e.asteriskId(), end.channel().id()).map(c -> c.hangupCause()).orElse(null);
            channelGone(e.asteriskId(), end.channel().id(), cause);
        }
    }

    private void started(String asteriskId, String server, StasisStart s) {
        String channelId = s.channel().id();
        List<String> args = s.args() == null ? List.of() : s.args();
        Offer offer = book.offers.get(AcdCall.key(asteriskId, channelId));
        AcdCall party = book.parties.get(AcdCall.key(asteriskId, channelId));
        if (offer != null) {
            offers.answered(offer);
        } else if (party != null) {
            if (party.phase == AcdCall.Phase.LEAVING) {
                connector.connectParty(party, channelId);
            }
        } else if (book.consultLegs.containsKey(AcdCall.key(asteriskId, channelId))) {
            consults.answered(book.consultLegs.get(AcdCall.key(asteriskId, channelId)), channelId);
        } else if (args.size() >= 2 && "inbound".equals(args.get(0))) {
            arrival.arrive(asteriskId, server, s.channel(), args.get(1));
        } else if (channelId.startsWith("acd-agent-") || channelId.startsWith("acd-ovf-")) {
            // a leg we rang before a restart, answered now: nobody waits for it any more
            offers.hangup(server, channelId);
        }
    }

    /** A channel left our app or was destroyed (both may come, in either order: the second finds nothing). */
    private void channelGone(String asteriskId, String channelId, Integer cause) {
        String key = AcdCall.key(asteriskId, channelId);
        LOG.debugf("ACD: channel %s gone (cause %s), call %s, offer %s, leg %s", key, cause,
                book.calls.containsKey(key), book.offers.containsKey(key), book.agentLegs.containsKey(key));
        AcdCall call = book.calls.get(key);
        if (call != null) {
            hangups.callerLeft(call, cause);
            return;
        }
        Offer offer = book.offers.get(key);
        if (offer != null) {
            offers.ended(offer, Offers.result(cause), cause);
            return;
        }
        AcdCall connected = book.agentLegs.get(key);
        if (connected != null) {
            hangups.otherLeft(connected, cause);
            return;
        }
        AcdCall consulted = book.consultLegs.get(key);
        if (consulted != null) {
            consults.legGone(consulted, channelId);
            return;
        }
        AcdCall party = book.parties.get(key);
        if (party != null) {
            if (party.phase == AcdCall.Phase.LEAVING) {
                leaving.partyGone(party);
            } else {
                hangups.otherLeft(party, cause);
            }
        }
    }

    private void playbackDone(String playbackId) {
        AcdCall call = book.playbacks.remove(playbackId);
        if (call == null) {
            return;
        }
        call.pendingPlayback = null;
        if (call.phase == AcdCall.Phase.CONNECTING) {
            connector.whisperDone(call);
        } else if (call.phase == AcdCall.Phase.LEAVING) {
            leaving.hangupCaller(call);
        }
    }
}
