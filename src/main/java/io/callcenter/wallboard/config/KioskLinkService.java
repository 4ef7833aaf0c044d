package io.callcenter.wallboard.config;

import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.auth.Tokens;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Makes, lists and revokes a wallboard's kiosk links, and resolves a token to what it opens. */
@ApplicationScoped
@Transactional
public class KioskLinkService {

    /** The page a kiosk opens; the token follows in the fragment. */
    public static final String KIOSK_PAGE = "/app/wallboard.html#kiosk=";
    private static final int MAX_LABEL = 100;

    @Inject
    WallboardService wallboards;
    @Inject
    AuditService audit;
    @Inject
    Event<KioskLinkRevoked> revoked;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KioskLinkView> list(long wallboardId, AccessPolicy user) {
        wallboards.get(wallboardId, user);
        return KioskLinkEntity.ofWallboard(wallboardId).stream().map(KioskLinkView::of).toList();
    }

    public CreatedKioskLink create(long wallboardId, String label, AccessPolicy user) {
        wallboards.get(wallboardId, user);
        String trimmed = label == null || label.isBlank() ? "Kiosk" : label.trim();
        if (trimmed.length() > MAX_LABEL) {
            throw ProblemException.badRequest("validation", "Invalid kiosk link",
                    "label: at most " + MAX_LABEL + " characters");
        }
        String token = Tokens.random();
        KioskLinkEntity e = new KioskLinkEntity();
        e.wallboardId = wallboardId;
        e.tokenHash = Tokens.sha256(token);
        e.label = trimmed;
        e.createdBy = user.username();
        e.createdAt = Instant.now();
        e.persist();
        audit.record(WallboardAuditActions.KIOSK_LINK_CREATED, WallboardAuditActions.target(wallboardId),
                Map.of("link", e.id, "label", trimmed));
        return new CreatedKioskLink(KioskLinkView.of(e), token, KIOSK_PAGE + token);
    }

    public KioskLinkView revoke(long wallboardId, long linkId, AccessPolicy user) {
        wallboards.get(wallboardId, user);
        KioskLinkEntity e = KioskLinkEntity.findById(linkId);
        if (e == null || e.wallboardId != wallboardId) {
            throw ProblemException.notFound("unknown-kiosk-link", "Wallboard " + wallboardId + " has no link " + linkId);
        }
        if (e.revokedAt == null) {
            e.revokedAt = Instant.now();
            e.revokedBy = user.username();
            audit.record(WallboardAuditActions.KIOSK_LINK_REVOKED, WallboardAuditActions.target(wallboardId),
                    Map.of("link", linkId, "label", e.label));
            revoked.fire(new KioskLinkRevoked(linkId, wallboardId));
        }
        return KioskLinkView.of(e);
    }

    /** What this token opens, if it belongs to a link that is not revoked. */
    public Optional<KioskGrant> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return KioskLinkEntity.byTokenHash(Tokens.sha256(token)).filter(e -> e.revokedAt == null)
                .map(e -> new KioskGrant(e.id, e.wallboardId));
    }

    /** Those of these links that still stand. */
    public java.util.Set<Long> active(java.util.Set<Long> linkIds) {
        return KioskLinkEntity.<KioskLinkEntity>list("id in ?1 and revokedAt is null", linkIds).stream()
                .map(e -> e.id).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether this link still stands. */
    public boolean active(long linkId) {
        KioskLinkEntity e = KioskLinkEntity.findById(linkId);
        return e != null && e.revokedAt == null;
    }
}
