package io.callcenter.wallboard.config;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates, reads, replaces and deletes wallboards for their supervisors and admins; every change audited. */
@ApplicationScoped
@Transactional
public class WallboardService {

    @Inject
    AcdDirectory directory;
    @Inject
    LayoutJson json;
    @Inject
    AuditService audit;
    @Inject
    Event<WallboardEdited> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WallboardView> list(AccessPolicy user) {
        return WallboardEntity.byName().stream().map(this::view)
                .filter(w -> WallboardAccess.allows(user, w.queues())).toList();
    }

    /** What this user may choose from in the layout editor. */
    public Catalogue catalogue(AccessPolicy user) {
        return Catalogue.of(directory.queues().stream().map(q -> q.name()).filter(user::canSuperviseQueue).sorted()
                .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WallboardView get(long id, AccessPolicy user) {
        WallboardView view = view(require(id));
        WallboardAccess.require(user, view.queues());
        return view;
    }

    /** The wallboard without an access check: for kiosk links and pushes that checked access themselves. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WallboardView> find(long id) {
        return Optional.ofNullable(WallboardEntity.<WallboardEntity>findById(id)).map(this::view);
    }

    public WallboardView create(WallboardRequest body, AccessPolicy user) {
        String name = WallboardRules.check(body, q -> directory.queue(q).isPresent());
        WallboardAccess.require(user, body.layout().queues());
        WallboardEntity e = new WallboardEntity();
        e.createdBy = user.username();
        e.createdAt = Instant.now();
        store(e, name, body.layout(), user);
        e.persist();
        remember(e);
        WallboardView view = view(e);
        audit.record(WallboardAuditActions.CREATED, WallboardAuditActions.target(e.id), Map.of("after", view.auditSummary()));
        changed.fire(new WallboardEdited(e.id, false));
        return view;
    }

    public WallboardView update(long id, WallboardRequest body, AccessPolicy user) {
        WallboardEntity e = require(id);
        WallboardView before = view(e);
        WallboardAccess.require(user, before.queues());
        String name = WallboardRules.check(body, q -> directory.queue(q).isPresent());
        WallboardAccess.require(user, body.layout().queues());
        store(e, name, body.layout(), user);
        remember(e);
        WallboardView after = view(e);
        audit.record(WallboardAuditActions.UPDATED, WallboardAuditActions.target(id),
                Map.of("before", before.auditSummary(), "after", after.auditSummary()));
        changed.fire(new WallboardEdited(id, false));
        return after;
    }

    public void delete(long id, AccessPolicy user) {
        WallboardEntity e = require(id);
        WallboardView before = view(e);
        WallboardAccess.require(user, before.queues());
        e.delete();
        audit.record(WallboardAuditActions.DELETED, WallboardAuditActions.target(id), Map.of("before", before.auditSummary()));
        changed.fire(new WallboardEdited(id, true));
    }

    /**
     * The yellow/red thresholds in force at a past instant (time travel shows the alarms of then), or the present
     * ones if no history is known.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThresholdRule> thresholdsAt(long id, Instant at) {
        return LayoutHistoryEntity.at(id, at).map(h -> json.read(h.layout).thresholds())
                .orElseGet(() -> json.read(require(id).layout).thresholds());
    }

    /** Keeps the layout just stored with the instant it took effect. */
    private static void remember(WallboardEntity e) {
        LayoutHistoryEntity h = new LayoutHistoryEntity();
        h.wallboardId = e.id;
        h.validFrom = e.updatedAt;
        h.layout = e.layout;
        h.changedBy = e.updatedBy;
        h.persist();
    }

    private void store(WallboardEntity e, String name, Layout layout, AccessPolicy user) {
        e.name = name;
        e.layout = json.write(layout);
        e.updatedBy = user.username();
        e.updatedAt = Instant.now();
    }

    static WallboardEntity require(long id) {
        WallboardEntity e = WallboardEntity.findById(id);
        if (e == null) {
            throw ProblemException.notFound("unknown-wallboard", "No wallboard " + id);
        }
        return e;
    }

    private WallboardView view(WallboardEntity e) {
        return WallboardView.of(e, json.read(e.layout));
    }
}
