import { describe, expect, it } from 'vitest';
import { agentChart, queueChart, queuesOf } from './chartData';
import type { AgentRow, QueueRow } from './types';

const bucket = (label: string) => ({ kind: 'hour', label, start: `${label}:00+01:00`, end: '' });
const row = (queue: string, label: string, offered: number, sl: number | null): QueueRow => ({
  queue, bucket: bucket(label), offered, answered: offered - 1, abandoned: 1, shortAbandoned: 0, timedOut: 0,
  overflowed: 0, transferred: 0, afterHours: 0, serviceLevel: sl, serviceLevelCaption: '', asaMs: null, ahtMs: null,
  maxWaitMs: null, abandonRate: null, abandonRateExcludingShort: null, answeredWithin: [],
});

describe('chart data', () => {
  it('charts one queue per bucket and keeps missing SL as a gap, not 0', () => {
    const rows = [row('sales', '08:00', 5, 80), row('support', '08:00', 2, null), row('sales', '09:00', 3, null)];
    expect(queuesOf(rows)).toEqual(['sales', 'support']);
    const c = queueChart(rows, 'sales');
    expect(c.labels).toEqual(['08:00', '09:00']);
    expect(c.series.find((s) => s.label === 'Offered')?.values).toEqual([5, 3]);
    expect(c.series.find((s) => s.axis === 'percent')?.values).toEqual([80, null]);
  });

  it('charts agents time in hours', () => {
    const agent = { agent: 'agent1001', bucket: bucket('total'), loggedInMs: 0, readyMs: 5_400_000, ringingMs: 0, onCallMs: 1_800_000,
      wrapUpMs: 0, pausedMs: 0, pausedByReasonMs: {}, offers: 0, answered: 0, missed: 0, handled: 0, talkMs: 0, holdMs: 0,
      wrapMs: 0, ahtMs: null, occupancy: 25 } as AgentRow;
    const c = agentChart([agent]);
    expect(c.labels).toEqual(['agent1001']);
    expect(c.series[0].values).toEqual([1.5]);
    expect(c.series[1].values).toEqual([0.5]);
  });
});
