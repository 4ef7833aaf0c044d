package io.callcenter.acd.config;

/**
 * Where a caller goes when it leaves a queue without an agent (overflow, after hours).
 *
 * @param kind what the target is
 * @param value the queue name for {@link Kind#QUEUE}, the endpoint (e.g. {@code PJSIP/2000}) for
 *     {@link Kind#ENDPOINT}, the media to play (e.g. {@code sound:vm-goodbye}) for {@link Kind#HANGUP}
 */
public record Target(Kind kind, String value) {

    /** The kinds of target. */
    public enum Kind {
        /** Enqueue in another queue, keeping the original enqueue time for reports. */
        QUEUE,
        /** Dial this endpoint and bridge the caller to it. */
        ENDPOINT,
        /** Play the media (if any), then hang up. */
        HANGUP
    }

    /** Goodbye and hang up, the default when nothing is configured. */
    public static Target goodbye() {
        return new Target(Kind.HANGUP, "sound:vm-goodbye");
    }
}
