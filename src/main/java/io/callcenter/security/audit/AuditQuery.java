package io.callcenter.security.audit;

import io.callcenter.security.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit log with filters and pagination. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQuery {

    public static final int MAX_PAGE_SIZE = 500;

    public AuditPage search(AuditFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("invalid-page", "Invalid page",
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "actor", "actor = :actor", filter.actor());
        add(where, params, "action", "action = :action", filter.action());
        add(where, params, "target", "target = :target", filter.target());
        add(where, params, "from", "at >= :from", filter.from());
        add(where, params, "to", "at < :to", filter.to());
        String query = String.join(" and ", where);
        Sort newestFirst = Sort.descending("at").and("id", Sort.Direction.Descending);
        PanacheQuery<AuditEntry> found = where.isEmpty()
                ? AuditEntry.findAll(newestFirst)
                : AuditEntry.find(query, newestFirst, params);
        List<AuditRow> rows = found.page(Page.of(page, size)).list().stream().map(AuditRow::of).toList();
        return new AuditPage(rows, page, size, found.count());
    }

    private static void add(List<String> where, Map<String, Object> params, String name, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(clause);
            params.put(name, value);
        }
    }
}
