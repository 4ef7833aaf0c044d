import { describe, expect, it } from 'vitest';
import { level, ruleFor, rulesInForce, worst } from './thresholds';
import type { ThresholdRule } from './types';

const rules: ThresholdRule[] = [
  { metric: 'waiting', queue: null, yellow: 3, red: 6 },
  { metric: 'waiting', queue: 'sales', yellow: 1, red: 2 },
  { metric: 'serviceLevel', queue: null, yellow: 80, red: 60 },
  { metric: 'asa', queue: 'support', red: 30 },
];

describe('ruleFor', () => {
  it('prefers the queue rule, falls back to the wallboard-wide one, uses only the wide one overall', () => {
    expect(ruleFor(rules, 'waiting', 'sales')?.yellow).toBe(1);
    expect(ruleFor(rules, 'waiting', 'support')?.yellow).toBe(3);
    expect(ruleFor(rules, 'waiting', '*')?.yellow).toBe(3);
    expect(ruleFor(rules, 'asa', '*')).toBeNull();
    expect(ruleFor(rules, 'asa', 'support')?.red).toBe(30);
  });
});

describe('level', () => {
  const waiting = ruleFor(rules, 'waiting', '*');
  const sl = ruleFor(rules, 'serviceLevel', '*');
  it('is bad when high for waiting: yellow and red at the bound itself', () => {
    expect(level('HIGH_IS_BAD', 2, waiting)).toBe('ok');
    expect(level('HIGH_IS_BAD', 3, waiting)).toBe('yellow');
    expect(level('HIGH_IS_BAD', 5.9, waiting)).toBe('yellow');
    expect(level('HIGH_IS_BAD', 6, waiting)).toBe('red');
  });
  it('is bad when low for the service level', () => {
    expect(level('LOW_IS_BAD', 95, sl)).toBe('ok');
    expect(level('LOW_IS_BAD', 80, sl)).toBe('yellow');
    expect(level('LOW_IS_BAD', 60.1, sl)).toBe('yellow');
    expect(level('LOW_IS_BAD', 60, sl)).toBe('red');
    expect(level('LOW_IS_BAD', 0, sl)).toBe('red');
  });
  it('judges nothing without a value, a rule or a direction; a missing bound never fires', () => {
    expect(level('LOW_IS_BAD', null, sl)).toBe('none');
    expect(level('HIGH_IS_BAD', 99, null)).toBe('none');
    expect(level('NEUTRAL', 99, waiting)).toBe('none');
    expect(level('HIGH_IS_BAD', 29, { metric: 'asa', red: 30 })).toBe('ok');
    expect(level('HIGH_IS_BAD', 31, { metric: 'asa', yellow: 20 })).toBe('yellow');
  });
  it('reports the worst of several', () => {
    expect(worst(['ok', 'none', 'yellow'])).toBe('yellow');
    expect(worst(['ok', 'red', 'yellow'])).toBe('red');
    expect(worst([])).toBe('none');
  });
});

describe('rulesInForce', () => {
  it('colours time-travel figures with the thresholds of their instant, live ones with the layout', () => {
    const then: ThresholdRule[] = [{ metric: 'waiting', queue: null, yellow: 10, red: 20 }];
    expect(rulesInForce(rules, { thresholds: then })).toBe(then);
    expect(level('HIGH_IS_BAD', 7, ruleFor(rulesInForce(rules, { thresholds: then }), 'waiting', '*'))).toBe('ok');
    expect(level('HIGH_IS_BAD', 7, ruleFor(rulesInForce(rules, { thresholds: null }), 'waiting', '*'))).toBe('red');
    expect(rulesInForce(rules, {})).toBe(rules);
  });
});
