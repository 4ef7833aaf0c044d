package io.callcenter.security.audit;

import java.util.List;

/** One page of audit rows, newest first. */
public record AuditPage(List<AuditRow> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
