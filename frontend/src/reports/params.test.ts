import { describe, expect, it } from 'vitest';
import { clean, hashFor, parseHash, toQuery, urls } from './params';

describe('report parameters', () => {
  it('keep only what a report accepts, non-empty, and let a named range win over dates', () => {
    expect(clean('agent-performance', { range: '', from: '2026-11-01', to: '2026-11-02', hours: 'open', agent: 'agent1001' }))
      .toEqual({ from: '2026-11-01', to: '2026-11-02', agent: 'agent1001' });
    expect(clean('queue-interval', { range: 'last-week', from: '2026-11-01', to: '2026-11-02', queue: 'sales' }))
      .toEqual({ range: 'last-week', queue: 'sales' });
  });

  it('round-trip through the hash, including a call detail route', () => {
    const route = { page: 'report' as const, kind: 'calls' as const, params: { range: 'today', number: '+33 1&2' } };
    const hash = hashFor(route);
    expect(hash).toBe('#/calls?range=today&number=%2B33%201%262');
    expect(parseHash(hash)).toEqual(route);
    expect(parseHash('#/call/ast-1/1700000000.42')).toEqual({ page: 'call', asteriskId: 'ast-1', callId: '1700000000.42' });
    expect(hashFor({ page: 'call', asteriskId: 'a/b', callId: 'c' })).toBe('#/call/a%2Fb/c');
    expect(parseHash('')).toEqual({ page: 'report', kind: 'queue-interval', params: {} });
    expect(parseHash('#/nonsense?x=1')).toEqual({ page: 'report', kind: 'queue-interval', params: {} });
  });

  it('build the JSON, CSV and print URLs of a run', () => {
    const u = urls('abandons', { range: 'today', queue: 'sales', colour: 'red' });
    expect(u.api).toBe('/api/reports/abandons?range=today&queue=sales');
    expect(u.csv).toBe('/api/reports/abandons/csv?range=today&queue=sales');
    expect(u.print).toBe('/reports/print/abandons?range=today&queue=sales');
    expect(urls('calls', {}, { after: 'abc' }).api).toBe('/api/reports/calls?after=abc');
    expect(toQuery({})).toBe('');
  });
});
