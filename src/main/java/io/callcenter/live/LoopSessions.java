package io.callcenter.live;

import io.vertx.core.impl.ContextInternal;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * The started connections of one event loop, changed and read only on that loop: a flush hands each of them its
 * audience's frame in one task, without a task, a lambda or a map lookup by {@code equals} per connection.
 */
final class LoopSessions {

    private static final LiveSession[] NONE = new LiveSession[0];
    final ContextInternal loop;
    /** Copied on change (connections come and go rarely): a delivery that closes a connection cannot disturb it. */
    private LiveSession[] sessions = NONE;

    LoopSessions(ContextInternal loop) {
        this.loop = loop;
    }

    void add(LiveSession session) {
        LiveSession[] more = Arrays.copyOf(sessions, sessions.length + 1);
        more[sessions.length] = session;
        sessions = more;
    }

    void remove(LiveSession session) {
        for (int i = 0; i < sessions.length; i++) {
            if (sessions[i] == session) {
                LiveSession[] fewer = new LiveSession[sessions.length - 1];
                System.arraycopy(sessions, 0, fewer, 0, i);
                System.arraycopy(sessions, i + 1, fewer, i, fewer.length - i);
                sessions = fewer;
                return;
            }
        }
    }

    /** On the loop: each connection's frame of one flush; returns how many frames were handed out. */
    int deliver(IdentityHashMap<Audience, SharedFrame> frames) {
        int handed = 0;
        for (LiveSession s : sessions) {
            SharedFrame frame = frames.get(s.audience());
            // no frame: the connection joined after this flush was drained, and its snapshot already shows it
            if (frame != null && !frame.isEmpty()) {
                s.deliver(frame);
                handed++;
            }
        }
        return handed;
    }
}
