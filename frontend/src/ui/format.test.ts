import { describe, expect, it } from 'vitest';
import { dialplan, duration, party, since } from './format';

describe('format', () => {
  it('shows parties, dialplan places and durations in words operators read', () => {
    expect(party({ name: 'Alice', number: '555' })).toBe('Alice <555>');
    expect(party({ name: null, number: '555' })).toBe('555');
    expect(party(null)).toBe('—');
    expect(dialplan({ context: 'inbound', exten: '5000', priority: 2, appName: 'Stasis', appData: 'callcenter,inbound' }))
      .toBe('inbound,5000,2 Stasis(callcenter,inbound)');
    expect(duration(5)).toBe('0:05');
    expect(duration(3725)).toBe('1:02:05');
    expect(since('2026-01-01T10:00:00Z', Date.parse('2026-01-01T10:01:30Z'))).toBe('1:30');
    expect(since(null)).toBe('—');
  });
});
