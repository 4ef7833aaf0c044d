package io.callcenter.supervise.live;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.live.Visibility;
import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerSnapshot;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.security.access.AccessPolicy;
import io.callcenter.supervise.Scope;
import java.util.Collection;
import java.util.Locale;

/**
 * One connection's visibility (see {@link AccountAudience}). Memberships are read from the ACD directory at each
 * delta, so a membership changed while the browser is connected counts at once; all lookups are in memory.
 */
final class AccountVisibility implements Visibility {

    private final AccessPolicy access;
    private final Scope scope;
    private final AcdDirectory directory;
    private final LiveMirror mirror;
    /** "pjsip/1001-": channel names of the agent's phone start with it; null without a phone. */
    private final String channelPrefix;

    AccountVisibility(AccessPolicy access, AcdDirectory directory, LiveMirror mirror) {
        this.access = access;
        this.scope = Scope.of(access);
        this.directory = directory;
        this.mirror = mirror;
        this.channelPrefix = access.endpoint() == null ? null : access.endpoint().toLowerCase(Locale.ROOT) + "-";
    }

    private boolean supervisor() {
        return access.isSupervisor();
    }

    @Override
    public ServerSnapshot restrict(ServerSnapshot s) {
        if (supervisor()) {
            return s;
        }
        return new ServerSnapshot(s.asteriskId(), s.server(), s.connection(),
                s.channels().stream().filter(this::ownCall).toList(),
                s.bridges().stream().filter(b -> ownBridge(s.asteriskId(), b)).toList(),
                s.endpoints().stream().filter(e -> ownPhone(e.technology() + "/" + e.resource())).toList(),
                s.deviceStates().stream().filter(d -> ownPhone(d.name())).toList());
    }

    @Override
    public boolean sees(Delta delta) {
        if (delta instanceof Delta.ChannelUpsert c) {
            return supervisor() || ownCall(c.channel());
        } else if (delta instanceof Delta.BridgeUpsert b) {
            return supervisor() || ownBridge(b.asteriskId(), b.bridge());
        } else if (delta instanceof Delta.EndpointUpsert e) {
            return supervisor() || ownPhone(e.endpoint().technology() + "/" + e.endpoint().resource());
        } else if (delta instanceof Delta.DeviceStateUpsert d) {
            return supervisor() || ownPhone(d.deviceState().name());
        } else if (delta instanceof Delta.AgentUpsert a) {
            return !supervisor() || supervisedAgent(a);
        } else if (delta instanceof Delta.QueueUpsert q) {
            return queue(q.name());
        } else if (delta instanceof Delta.WaitingCallers w) {
            return queue(w.queue());
        } else if (delta instanceof Delta.Broadcast b) {
            return b.queues().stream().anyMatch(this::queue);
        } else if (delta instanceof Delta.MonitorUpsert m) {
            return access.username().equals(m.supervisor());
        }
        return true; // removals, resyncs: harmless ids; kinds added later decide for themselves
    }

    /** A supervisor's queue, or (agents) a queue the agent is a member of now. */
    private boolean queue(String name) {
        if (supervisor() && scope.queue(name)) {
            return true;
        }
        return access.isAgent() && memberOf(name);
    }

    private boolean memberOf(String queue) {
        return directory.agent(access.username()).map(a -> a.memberships().stream()
                .anyMatch(m -> m.queue().equals(queue))).orElse(false);
    }

    private boolean supervisedAgent(Delta.AgentUpsert a) {
        if (access.username().equals(a.username()) || scope.anyQueue(a.queues())) {
            return true;
        }
        return directory.agent(a.username()).map(scope::agent).orElse(false);
    }

    private boolean ownCall(ChannelView c) {
        if (channelPrefix == null) {
            return false;
        }
        if (c.name() != null && c.name().toLowerCase(Locale.ROOT).startsWith(channelPrefix)) {
            return true;
        }
        // the other party of the agent's call: a member of a bridge with the agent's channel
        return c.bridgeId() != null && mirror.bridge(c.asteriskId(), c.bridgeId())
                .map(b -> ownBridge(c.asteriskId(), b)).orElse(false);
    }

    private boolean ownBridge(String asteriskId, BridgeView b) {
        return channelPrefix != null && members(asteriskId, b.channelIds());
    }

    private boolean members(String asteriskId, Collection<String> ids) {
        return ids.stream().anyMatch(id -> mirror.channel(asteriskId, id).map(ChannelView::name)
                .map(n -> n.toLowerCase(Locale.ROOT).startsWith(channelPrefix)).orElse(false));
    }

    private boolean ownPhone(String name) {
        if (access.endpoint() == null || name == null) {
            return false;
        }
        String ext = access.endpoint().substring(access.endpoint().indexOf('/') + 1);
        return name.equalsIgnoreCase(access.endpoint()) || name.equalsIgnoreCase("Stasis:agent-" + ext);
    }

    /** Equal for equal accounts, so the connections of one account (its tabs) share their frames (LiveFanout). */
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountVisibility v && v.access.equals(access);
    }

    @Override
    public int hashCode() {
        return access.hashCode();
    }
}
