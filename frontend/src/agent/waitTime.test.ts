import { describe, expect, it } from 'vitest';
import { formatWait, secondsSince, waitLevel } from './waitTime';

describe('wait time', () => {
  const now = Date.parse('2026-01-01T10:00:00Z');

  it('counts whole seconds since the enqueue time, never negative', () => {
    expect(secondsSince('2026-01-01T09:59:17.600Z', now)).toBe(42);
    expect(secondsSince('2026-01-01T10:00:05Z', now)).toBe(0);
    expect(secondsSince(null, now)).toBe(0);
    expect(secondsSince('garbage', now)).toBe(0);
  });

  it('formats as m:ss and h:mm:ss', () => {
    expect(formatWait(0)).toBe('0:00');
    expect(formatWait(42)).toBe('0:42');
    expect(formatWait(725)).toBe('12:05');
    expect(formatWait(3723)).toBe('1:02:03');
  });

  it('turns amber after 30 s and red after 2 min', () => {
    expect([0, 29, 30, 119, 120].map(waitLevel)).toEqual(['ok', 'ok', 'warn', 'warn', 'err']);
  });
});
