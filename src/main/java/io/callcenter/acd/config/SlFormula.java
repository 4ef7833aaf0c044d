package io.callcenter.acd.config;

/** Service-level variants, computed from stored raw counts (see the wallboard/report issues). */
public enum SlFormula {
    /** answered within threshold ÷ answered. */
    ANSWERED,
    /** (answered within + abandoned within) ÷ (answered + abandoned). */
    ANSWERED_AND_ABANDONED,
    /** answered within ÷ all calls that left the queue (answered, abandoned, overflowed, timed out). */
    LEFT_QUEUE,
    /** answered within ÷ offered (answered + unanswered). */
    OFFERED,
    /** {@link #ANSWERED_AND_ABANDONED} ignoring abandons shorter than the short-abandon threshold. */
    ANSWERED_AND_ABANDONED_EXCL_SHORT,
    /** {@link #LEFT_QUEUE} ignoring abandons shorter than the short-abandon threshold. */
    LEFT_QUEUE_EXCL_SHORT,
    /** {@link #OFFERED} ignoring abandons shorter than the short-abandon threshold. */
    OFFERED_EXCL_SHORT
}
