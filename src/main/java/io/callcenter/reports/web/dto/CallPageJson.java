package io.callcenter.reports.web.dto;

import java.util.List;

/**
 * One page of the call search, newest first.
 *
 * @param period what was searched
 * @param page the 0-based page (when paging by number)
 * @param size the page size
 * @param calls the calls
 * @param next token for the following page ({@code after=}), null on the last page
 */
public record CallPageJson(PeriodJson period, int page, int size, List<CallJson> calls, String next) {
}
