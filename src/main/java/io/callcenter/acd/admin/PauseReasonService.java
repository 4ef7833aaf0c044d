package io.callcenter.acd.admin;

import io.callcenter.acd.config.AcdChanges;
import io.callcenter.acd.config.store.PauseReasonEntity;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Creates, relabels, reorders and deletes pause reasons; audited, reloads the directory after commit. */
@ApplicationScoped
@Transactional
public class PauseReasonService {

    @Inject
    AuditService audit;

    @Inject
    AcdChanges changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PauseReasonDto> list() {
        return PauseReasonEntity.ordered().stream().map(PauseReasonService::view).toList();
    }

    public PauseReasonDto create(PauseReasonDto body) {
        String code = body.code() == null ? "" : body.code().trim();
        FieldErrors errors = new FieldErrors();
        errors.check(Names.CODE.matcher(code).matches(), "code",
                "a code has 1-40 lower-case letters, digits, '_' or '-'; got '" + body.code() + "'");
        errors.throwIfAny();
        if (PauseReasonEntity.findById(code) != null) {
            throw ProblemException.conflict("duplicate-pause-reason", "Pause reason exists",
                    "Pause reason '" + code + "' already exists");
        }
        PauseReasonEntity reason = new PauseReasonEntity();
        reason.code = code;
        store(body, reason);
        reason.persist();
        audit.record(AcdAuditActions.PAUSE_REASON_CREATED, code, Map.of("label", reason.label));
        changes.changed();
        return view(reason);
    }

    public PauseReasonDto update(String code, PauseReasonDto body) {
        PauseReasonEntity reason = require(code);
        if (body.code() != null && !body.code().trim().equals(code)) {
            throw FieldErrors.single("code", "a code cannot be changed (path '" + code + "', body '"
                    + body.code() + "')");
        }
        PauseReasonDto before = view(reason);
        store(body, reason);
        audit.record(AcdAuditActions.PAUSE_REASON_UPDATED, code, Map.of("before", before, "after", view(reason)));
        changes.changed();
        return view(reason);
    }

    public void delete(String code) {
        require(code).delete();
        audit.record(AcdAuditActions.PAUSE_REASON_DELETED, code, Map.of());
        changes.changed();
    }

    private static void store(PauseReasonDto body, PauseReasonEntity reason) {
        FieldErrors errors = new FieldErrors();
        reason.label = Names.text(body.label(), null, 100, "label", errors);
        if (body.position() != null) {
            errors.check(body.position() >= 0, "position", "must be 0 or more, got " + body.position());
            reason.position = body.position();
        } else if (reason.label != null && reason.position == 0) {
            Integer last = PauseReasonEntity.getEntityManager()
                    .createQuery("select max(p.position) from PauseReasonEntity p", Integer.class).getSingleResult();
            reason.position = last == null ? 1 : last + 1;
        }
        errors.throwIfAny();
    }

    private static PauseReasonEntity require(String code) {
        PauseReasonEntity reason = code == null ? null : PauseReasonEntity.findById(code);
        if (reason == null) {
            throw ProblemException.notFound("unknown-pause-reason", "No pause reason '" + code + "'");
        }
        return reason;
    }

    private static PauseReasonDto view(PauseReasonEntity reason) {
        return new PauseReasonDto(reason.code, reason.label, reason.position);
    }
}
