package io.callcenter.desk.history;

import java.util.List;

/** A page of the agent's own calls, newest first. */
public record HistoryPage(int page, int size, long total, List<HistoryItem> items) {
}
