package io.callcenter.console.channel;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** JSON bodies of the channel actions; optional fields may be left out (defaults as ARI's). */
public final class ChannelRequests {

    /** ARI's hangup reasons (DELETE /channels/{id}?reason=). */
    static final String REASONS = "normal|busy|congestion|no_answer|timeout|rejected|unallocated|normal_unspecified"
            + "|number_incomplete|codec_mismatch|interworking|failure|answered_elsewhere";

    private ChannelRequests() {
    }

    /** Hangup; no reason means ARI's default (normal). */
    public record Hangup(@Pattern(regexp = REASONS, message = "must be one of " + REASONS) String reason) {
    }

    /** Mute/unmute; no direction means both. */
    public record Mute(@Pattern(regexp = "both|in|out", message = "must be one of both|in|out") String direction) {

        String directionOrBoth() {
            return direction == null ? "both" : direction;
        }
    }

    /** Music on hold; no class means the default class. */
    public record Moh(@Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a music on hold class name") String mohClass) {
    }

    /** DTMF digits to send. */
    public record Dtmf(@NotBlank @Pattern(regexp = "[0-9A-Da-d*#,]+", message = "must be DTMF digits 0-9 A-D * # (, pauses)")
            String dtmf) {
    }

    /** Media to play, e.g. {@code sound:hello-world} or a comma-separated playlist. */
    public record Play(@NotBlank @Pattern(regexp = "((sound|recording|number|digits|characters|tone):[^,]+)(,(sound|recording"
            + "|number|digits|characters|tone):[^,]+)*", message = "must be media URIs such as sound:hello-world") String media) {
    }

    /** A recording to start (format defaults to wav) or, with the name only, to stop. */
    public record Record(@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "must be letters, digits, _ . -") String name,
            @Pattern(regexp = "[a-z0-9]+", message = "must be a recording format such as wav") String format) {

        String formatOrWav() {
            return format == null ? "wav" : format;
        }
    }

    /** Snoop directions; absent means none. */
    public record Snoop(@Pattern(regexp = "none|both|out|in", message = "must be one of none|both|out|in") String spy,
            @Pattern(regexp = "none|both|out|in", message = "must be one of none|both|out|in") String whisper) {
    }

    /** Where to redirect the call, e.g. PJSIP/1002. */
    public record Redirect(@NotBlank String endpoint) {
    }

    /** Where to continue in the dialplan; absent fields keep ARI's defaults (same context, next priority). */
    public record Continue(String context, String extension, @Min(1) Integer priority) {
    }

    /** The bridge to move the channel into. */
    public record Move(@NotBlank String bridgeId) {
    }
}
