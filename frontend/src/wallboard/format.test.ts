import { describe, expect, it } from 'vitest';
import { caller, clock, formatValue, stateLabel } from './format';

describe('formatValue', () => {
  it('shows counts, seconds as a clock and percent with one decimal', () => {
    expect(formatValue('COUNT', 3)).toBe('3');
    expect(formatValue('SECONDS', 0)).toBe('0:00');
    expect(formatValue('SECONDS', 75.9)).toBe('1:15');
    expect(formatValue('SECONDS', 3725)).toBe('1:02:05');
    expect(formatValue('PERCENT', 85)).toBe('85.0 %');
    expect(formatValue('PERCENT', 66.666)).toBe('66.7 %');
  });
  it('shows a metric without a value as a dash, never 0 or NaN', () => {
    expect(formatValue('PERCENT', null)).toBe('—');
    expect(formatValue('SECONDS', undefined)).toBe('—');
    expect(formatValue('COUNT', Number.NaN)).toBe('—');
  });
});

describe('labels', () => {
  it('words agent states and callers', () => {
    expect(stateLabel('ON_CALL')).toBe('On call');
    expect(stateLabel('READY')).toBe('Ready');
    expect(caller('Alice', '555')).toBe('Alice <555>');
    expect(caller(null, '555')).toBe('555');
    expect(caller(null, null)).toBe('—');
    expect(clock(-4)).toBe('0:00');
  });
});
