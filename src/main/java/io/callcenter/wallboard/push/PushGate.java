package io.callcenter.wallboard.push;

import io.callcenter.security.access.AccessPolicies;
import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.auth.SessionIdentityProvider;
import io.callcenter.security.auth.SessionPrincipal;
import io.callcenter.wallboard.config.KioskGrant;
import io.callcenter.wallboard.config.KioskLinkService;
import io.callcenter.wallboard.config.WallboardAccess;
import io.callcenter.wallboard.config.WallboardService;
import io.callcenter.wallboard.config.WallboardView;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Decides whether a socket may watch a wallboard: a kiosk token must open exactly this wallboard; otherwise the
 * upgrade's login must be a supervisor of all its queues or an admin. Transactional so it works on any thread.
 */
@ApplicationScoped
@Transactional
public class PushGate {

    /** A socket let in (board and rights) or refused (refusal set, the rest null). */
    public record Admission(CloseReason refusal, WallboardView board, AccessPolicy user, Long sessionId,
            Long kioskLinkId) {

        static Admission refused(CloseReason why) {
            return new Admission(why, null, null, null, null);
        }
    }

    @Inject
    WallboardService wallboards;
    @Inject
    KioskLinkService links;
    @Inject
    AccessPolicies policies;

    public Admission admit(long wallboardId, SecurityIdentity identity, String kioskToken) {
        if (kioskToken != null) {
            Optional<KioskGrant> grant = links.resolve(kioskToken).filter(g -> g.wallboardId() == wallboardId);
            Optional<WallboardView> board = grant.flatMap(g -> wallboards.find(wallboardId));
            return board.map(b -> new Admission(null, b, null, null, grant.get().linkId()))
                    .orElseGet(() -> Admission.refused(CloseCodes.KIOSK_REFUSED));
        }
        if (identity == null || identity.isAnonymous()) {
            return Admission.refused(CloseCodes.FORBIDDEN);
        }
        Optional<WallboardView> board = wallboards.find(wallboardId);
        if (board.isEmpty()) {
            return Admission.refused(CloseCodes.NO_WALLBOARD);
        }
        AccessPolicy user = policies.of(identity);
        if (!WallboardAccess.allows(user, board.get().queues())) {
            return Admission.refused(CloseCodes.FORBIDDEN);
        }
        SessionPrincipal session = identity.getAttribute(SessionIdentityProvider.SESSION);
        return new Admission(null, board.get(), user, session == null ? null : session.sessionId(), null);
    }

    /** Whether a kiosk admission still stands (its link may have been revoked while the socket was being added). */
    public boolean stillValid(Admission admission) {
        return admission.kioskLinkId() == null || links.active(admission.kioskLinkId());
    }

    /** Which of these kiosk links are still active. */
    public java.util.Set<Long> activeLinks(java.util.Set<Long> linkIds) {
        return links.active(linkIds);
    }

    /** The wallboard as stored now, if it still exists. */
    public Optional<WallboardView> board(long wallboardId) {
        return wallboards.find(wallboardId);
    }
}
