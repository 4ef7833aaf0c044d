package io.callcenter.mirror.history;

/**
 * Where a history writer stands, for the readiness check.
 *
 * @param up        false while writes fail or the buffer is past its high-water mark
 * @param depth     events waiting (buffered or being written)
 * @param lastError the last write error while failing, else null
 * @param dropped   events lost since start (counted and logged; only when the buffer was full)
 */
public record WriterHealth(boolean up, long depth, int capacity, boolean failing, String lastError, long dropped) {
}
