import type { AbandonRow, AgentRow, QueueRow } from './types';

/** One chart: x labels, and series of numbers (null = no value, drawn as a gap, never as 0). */
export interface ChartData {
  labels: string[];
  series: Array<{ label: string; values: Array<number | null>; axis: 'count' | 'percent' | 'hours' }>;
}

/** The queues present in rows, in order of first appearance. */
export function queuesOf(rows: Array<{ queue: string }>): string[] {
  return [...new Set(rows.map((r) => r.queue))];
}

/** Offered / answered / abandoned and SL of one queue per bucket. */
export function queueChart(rows: QueueRow[], queue: string): ChartData {
  const mine = rows.filter((r) => r.queue === queue);
  return {
    labels: mine.map((r) => r.bucket.label),
    series: [
      { label: 'Offered', values: mine.map((r) => r.offered), axis: 'count' },
      { label: 'Answered', values: mine.map((r) => r.answered), axis: 'count' },
      { label: 'Abandoned', values: mine.map((r) => r.abandoned), axis: 'count' },
      { label: 'Service level %', values: mine.map((r) => r.serviceLevel), axis: 'percent' },
    ],
  };
}

/** Abandons and abandon rate of one queue per bucket. */
export function abandonChart(rows: AbandonRow[], queue: string): ChartData {
  const mine = rows.filter((r) => r.queue === queue);
  return {
    labels: mine.map((r) => r.bucket.label),
    series: [
      { label: 'Abandoned', values: mine.map((r) => r.abandoned), axis: 'count' },
      { label: 'Short abandons', values: mine.map((r) => r.shortAbandoned), axis: 'count' },
      { label: 'Abandon rate %', values: mine.map((r) => r.abandonRate), axis: 'percent' },
    ],
  };
}

const HOUR = 3_600_000;

/** Time per state of each agent over the period, in hours (from the totals). */
export function agentChart(totals: AgentRow[]): ChartData {
  const hours = (ms: number): number => Math.round((ms / HOUR) * 100) / 100;
  return {
    labels: totals.map((r) => r.agent),
    series: [
      { label: 'Ready', values: totals.map((r) => hours(r.readyMs)), axis: 'hours' },
      { label: 'On call', values: totals.map((r) => hours(r.onCallMs)), axis: 'hours' },
      { label: 'Wrap-up', values: totals.map((r) => hours(r.wrapUpMs)), axis: 'hours' },
      { label: 'Paused', values: totals.map((r) => hours(r.pausedMs)), axis: 'hours' },
      { label: 'Occupancy %', values: totals.map((r) => r.occupancy), axis: 'percent' },
    ],
  };
}
