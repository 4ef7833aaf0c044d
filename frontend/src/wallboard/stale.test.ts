import { describe, expect, it } from 'vitest';
import { boardId, kioskToken } from './route';
import { isStale, MISSED_HEARTBEATS, playbackInstant } from './stale';

describe('isStale', () => {
  it('is stale only after several heartbeats of silence', () => {
    expect(isStale(null, 100_000, 5000)).toBe(false);
    expect(isStale(10_000, 10_000 + 5000 * MISSED_HEARTBEATS, 5000)).toBe(false);
    expect(isStale(10_000, 10_001 + 5000 * MISSED_HEARTBEATS, 5000)).toBe(true);
  });
});

describe('playbackInstant', () => {
  it('advances the picked instant by elapsed wall time times the speed', () => {
    expect(playbackInstant(1_000_000, 50_000, 52_000, 60)).toBe(1_120_000);
    expect(playbackInstant(1_000_000, 50_000, 49_000, 60)).toBe(1_000_000);
  });
});

describe('route', () => {
  it('reads the kiosk token from the fragment and the wallboard id from the query', () => {
    expect(kioskToken('#kiosk=abcDEF123_-xyz')).toBe('abcDEF123_-xyz');
    expect(kioskToken('#kiosk=short')).toBeNull();
    expect(kioskToken('#kiosk=<script>alert(1)</script>')).toBeNull();
    expect(kioskToken('')).toBeNull();
    expect(boardId('?id=12')).toBe(12);
    expect(boardId('?id=x')).toBeNull();
    expect(boardId('')).toBeNull();
  });
});
