package io.callcenter.reports.saved;

import io.callcenter.centre.CentreConfig;
import io.callcenter.reports.web.ParamErrors;
import io.callcenter.reports.web.ReportRequests;
import io.callcenter.reports.web.ReportType;
import io.callcenter.reports.web.ReportsWebConfig;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved report definitions of one owner: another user's definition does not exist for you (404, not 403, so ids
 * reveal nothing). Parameters are checked exactly as the report would read them, so a saved report always runs.
 */
@ApplicationScoped
@Transactional
public class ReportDefinitionService {

    @Inject
    CentreConfig centre;

    @Inject
    ReportsWebConfig limits;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportDefinitionDto> list(String owner) {
        return ReportDefinitionEntity.ownedBy(owner).stream().map(ReportDefinitionService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportDefinitionDto get(String owner, long id) {
        return view(require(owner, id));
    }

    public ReportDefinitionDto create(String owner, ReportDefinitionDto body) {
        ReportDefinitionEntity d = new ReportDefinitionEntity();
        d.owner = owner;
        d.createdAt = Instant.now();
        store(d, body);
        d.persist();
        return view(d);
    }

    public ReportDefinitionDto update(String owner, long id, ReportDefinitionDto body) {
        ReportDefinitionEntity d = require(owner, id);
        store(d, body);
        return view(d);
    }

    public void delete(String owner, long id) {
        require(owner, id).delete();
    }

    private void store(ReportDefinitionEntity d, ReportDefinitionDto body) {
        ParamErrors errors = new ParamErrors();
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add("name", "1-100 characters");
        }
        if (body.type() == null) {
            errors.add("type", "one of queue-interval, agent-performance, abandons, calls");
        }
        Map<String, String> params = body.parameters() == null ? Map.of() : body.parameters();
        errors.throwIfAny();
        // the report's own reading of the parameters: a definition that would not run is not saved
        ReportRequests.parse(body.type(), params, centre.businessDay(), Instant.now(), limits);
        if (ReportDefinitionEntity.nameTaken(d.owner, name, d.id)) {
            throw ProblemException.conflict("duplicate-report-definition", "Name in use",
                    "You already have a saved report named '" + name + "'");
        }
        d.name = name;
        d.reportType = body.type().slug();
        d.parameters = new LinkedHashMap<>(params);
        d.updatedAt = Instant.now();
    }

    private static ReportDefinitionEntity require(String owner, long id) {
        return ReportDefinitionEntity.owned(owner, id).orElseThrow(() -> ProblemException.notFound(
                "unknown-report-definition", "You have no saved report " + id));
    }

    private static ReportDefinitionDto view(ReportDefinitionEntity d) {
        return new ReportDefinitionDto(d.id, d.name, ReportType.find(d.reportType).orElseThrow(),
                Map.copyOf(d.parameters), d.createdAt, d.updatedAt);
    }
}
