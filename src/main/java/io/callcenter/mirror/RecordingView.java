package io.callcenter.mirror;

/** A live recording in progress (keyed by its name). */
public record RecordingView(String asteriskId, String name, String format, String targetUri, String state) {
}
