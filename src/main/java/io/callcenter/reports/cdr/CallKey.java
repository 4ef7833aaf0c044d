package io.callcenter.reports.cdr;

/** A call's key, as in {@code acd_call}: the Asterisk it came in on and the caller's channel id. */
public record CallKey(String asteriskId, String callId) {

    /** The key of an agent transition's call id {@code <asterisk id>:<channel id>} (Asterisk ids contain colons). */
    public static CallKey parse(String joined) {
        int colon = joined.lastIndexOf(':');
        return colon < 0 ? new CallKey("", joined) : new CallKey(joined.substring(0, colon), joined.substring(colon + 1));
    }
}
