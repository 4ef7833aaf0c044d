package io.callcenter.metrics;

import static io.callcenter.metrics.Calls.answered;
import static io.callcenter.metrics.Calls.left;
import static io.callcenter.metrics.Calls.transferred;

import java.util.List;

/** The hand-built history most metric tests share; expected values are worked out in each test. */
final class Histories {

    /**
     * Ten calls, SL 20 s, short abandon 5 s:
     * <pre>
     *  #  outcome      wait   talk hold wrap   within 20 s?  short (< 5 s)?
     *  1  answered       5 s    60    0   10   yes
     *  2  answered      20 s   120   30   10   yes (exactly at the threshold)
     *  3  answered      25 s    90    0    0   no
     *  4  transferred   40 s    30   10    5   no
     *  5  abandoned      3 s                   yes           yes
     *  6  abandoned     15 s                   yes           no
     *  7  abandoned     50 s                   no            no
     *  8  timeout      300 s                   no
     *  9  overflow       0 s                   (max length: sent on at once)
     * 10  after hours                          (never entered the queue)
     * </pre>
     */
    static final List<QueuedCall> TEN_CALLS = List.of(
            answered(5, 60, 0, 10),
            answered(20, 120, 30, 10),
            answered(25, 90, 0, 0),
            transferred(40, 30, 10, 5),
            left(3, CallOutcome.ABANDONED),
            left(15, CallOutcome.ABANDONED),
            left(50, CallOutcome.ABANDONED),
            left(300, CallOutcome.TIMEOUT),
            left(0, CallOutcome.OVERFLOW),
            left(0, CallOutcome.AFTER_HOURS));

    private Histories() {
    }

    static CallCounts tenCalls() {
        return Calls.total(TEN_CALLS, Calls.SL20_SHORT5);
    }
}
