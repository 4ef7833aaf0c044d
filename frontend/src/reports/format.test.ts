import { describe, expect, it } from 'vitest';
import { clock, dur, localTime, num, pct } from './format';

describe('report formatting', () => {
  it('shows no value as a dash, never 0', () => {
    expect(dur(null)).toBe('—');
    expect(pct(null)).toBe('—');
    expect(num(undefined)).toBe('—');
    expect(pct(0)).toBe('0.0 %');
    expect(dur(0)).toBe('0:00');
  });

  it('rounds durations to the second', () => {
    expect(dur(12_499)).toBe('0:12');
    expect(dur(12_500)).toBe('0:13');
    expect(dur(3_725_000)).toBe('1:02:05');
    expect(pct(85.25)).toBe('85.3 %');
  });

  it("reads the centre's clock from the text, whatever the browser's zone", () => {
    expect(localTime('2026-11-27T09:15:02+01:00')).toBe('2026-11-27 09:15:02');
    expect(localTime('2026-03-29T03:00:00+02:00')).toBe('2026-03-29 03:00:00');
    expect(clock('2026-11-27T09:15:02.12+01:00')).toBe('09:15:02.12');
    expect(clock(null)).toBe('—');
  });
});
