package io.callcenter.wallboard.config;

/**
 * CDI event fired after a wallboard's change committed, so open pushes re-read its layout (or close, if deleted).
 *
 * @param wallboardId the wallboard
 * @param deleted whether it is gone
 */
public record WallboardEdited(long wallboardId, boolean deleted) {
}
