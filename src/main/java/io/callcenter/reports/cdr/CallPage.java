package io.callcenter.reports.cdr;

import java.util.List;
import java.util.Optional;

/**
 * One page of call search results.
 *
 * @param calls the calls, newest first
 * @param next cursor for the next page, empty on the last page
 */
public record CallPage(List<CallRecord> calls, Optional<CallCursor> next) {
}
