import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  const opts = { initialMs: 500, maxMs: 8000, factor: 2, jitter: 0.2 };

  it('doubles from the initial delay up to the maximum', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 20].map((a) => backoffDelay(a, opts, mid))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads by the jitter share around the base', () => {
    expect(backoffDelay(2, opts, () => 0)).toBe(900);
    expect(backoffDelay(2, opts, () => 1)).toBe(1100);
  });
});
