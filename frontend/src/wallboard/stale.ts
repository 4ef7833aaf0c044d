/** When the push has gone quiet for too long the screen says "stale" (and the socket is replaced). */

/** Missed heartbeats before the figures count as stale. */
export const MISSED_HEARTBEATS = 2.5;

/** Whether figures last heard at `lastHeardMs` are stale at `nowMs`, with the server's heartbeat interval. */
export function isStale(lastHeardMs: number | null, nowMs: number, heartbeatMs: number): boolean {
  if (lastHeardMs === null) {
    return false;
  }
  return nowMs - lastHeardMs > heartbeatMs * MISSED_HEARTBEATS;
}

/** The instant a time-travel playback shows: the start instant advanced by wall time elapsed × speed. */
export function playbackInstant(startAtMs: number, startedWallMs: number, nowWallMs: number, speed: number): number {
  return startAtMs + Math.max(0, nowWallMs - startedWallMs) * speed;
}
