package io.callcenter.reports.cdr;

import java.util.Optional;
import java.util.function.Consumer;

/** Call search and call detail over the CDR projection. */
public interface CallSearch {

    /** One page of matching calls, newest first. */
    CallPage search(CallSearchQuery query);

    /**
     * Every matching call from {@code query}'s position on, newest first, ignoring its limit, streamed from a database
     * cursor so a CSV export of millions of rows needs constant memory. Runs in the caller's thread.
     */
    void forEach(CallSearchQuery query, Consumer<CallRecord> sink);

    /** The CDR, stays, legs and timeline of one call; empty when there is no such call. */
    Optional<CallDetail> detail(String asteriskId, String callId);
}
