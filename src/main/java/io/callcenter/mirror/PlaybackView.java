package io.callcenter.mirror;

/** A playback in progress; {@code targetUri} is e.g. {@code channel:<id>} or {@code bridge:<id>}. */
public record PlaybackView(String asteriskId, String id, String mediaUri, String nextMediaUri, String targetUri,
        String state) {
}
