import type { Column } from '../ui/table';
import { dur, num, pct } from './format';
import type { AbandonReport, AbandonRow, AgentRow, QueueIntervalReport, QueueRow } from './types';

function n<T>(title: string, f: (r: T) => string | number): Column<T> {
  return { title, cell: f, className: 'num' };
}

/** Columns of the queue interval report (answered-within per edge of the report). */
export function queueColumns(report: QueueIntervalReport): Array<Column<QueueRow>> {
  return [
    { title: 'Queue', cell: (r) => r.queue }, { title: 'Bucket', cell: (r) => r.bucket.label },
    n('Offered', (r: QueueRow) => r.offered), n('Answered', (r: QueueRow) => r.answered),
    n('Abandoned', (r: QueueRow) => r.abandoned), n('Short ab.', (r: QueueRow) => r.shortAbandoned),
    n('Timed out', (r: QueueRow) => r.timedOut), n('Overflow', (r: QueueRow) => r.overflowed),
    n('SL', (r: QueueRow) => pct(r.serviceLevel)), n('ASA', (r: QueueRow) => dur(r.asaMs)),
    n('AHT', (r: QueueRow) => dur(r.ahtMs)), n('Max wait', (r: QueueRow) => dur(r.maxWaitMs)),
    n('Abandon rate', (r: QueueRow) => pct(r.abandonRate)),
    ...report.edgesSeconds.map((e, i) => n(`≤ ${e} s`, (r: QueueRow) => pct(r.answeredWithin[i]))),
  ];
}

/** Columns of the agent report, one per pause reason seen. */
export function agentColumns(reasons: string[]): Array<Column<AgentRow>> {
  return [
    { title: 'Agent', cell: (r) => r.agent }, { title: 'Bucket', cell: (r) => r.bucket.label },
    n('Logged in', (r: AgentRow) => dur(r.loggedInMs)), n('Ready', (r: AgentRow) => dur(r.readyMs)),
    n('Ringing', (r: AgentRow) => dur(r.ringingMs)), n('On call', (r: AgentRow) => dur(r.onCallMs)),
    n('Wrap-up', (r: AgentRow) => dur(r.wrapUpMs)), n('Paused', (r: AgentRow) => dur(r.pausedMs)),
    ...reasons.map((reason) => n(`Pause: ${reason}`, (r: AgentRow) => dur(r.pausedByReasonMs[reason] ?? 0))),
    n('Offers', (r: AgentRow) => r.offers), n('Answered', (r: AgentRow) => r.answered),
    n('Missed', (r: AgentRow) => r.missed), n('Handled', (r: AgentRow) => r.handled),
    n('Talk', (r: AgentRow) => dur(r.talkMs)), n('Hold', (r: AgentRow) => dur(r.holdMs)),
    n('Wrap', (r: AgentRow) => dur(r.wrapMs)), n('AHT', (r: AgentRow) => dur(r.ahtMs)),
    n('Occupancy', (r: AgentRow) => pct(r.occupancy)),
  ];
}

/** Pause reasons present in any row, sorted. */
export function pauseReasons(rows: AgentRow[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r.pausedByReasonMs)))].sort();
}

/** Columns of the abandon analysis: wait bins over the edges, then position bins. */
export function abandonColumns(report: AbandonReport): Array<Column<AbandonRow>> {
  const edges = report.edgesSeconds;
  const waitTitles = [...edges.map((e) => `≤ ${e} s`), ...(edges.length ? [`> ${edges[edges.length - 1]} s`] : [])];
  return [
    { title: 'Queue', cell: (r) => r.queue }, { title: 'Bucket', cell: (r) => r.bucket.label },
    n('Offered', (r: AbandonRow) => r.offered), n('Abandoned', (r: AbandonRow) => r.abandoned),
    n('Short', (r: AbandonRow) => r.shortAbandoned), n('Rate', (r: AbandonRow) => pct(r.abandonRate)),
    n('Avg wait', (r: AbandonRow) => dur(r.averageWaitMs)), n('Max wait', (r: AbandonRow) => dur(r.maxWaitMs)),
    ...waitTitles.map((t, i) => n(t, (r: AbandonRow) => num(r.waitBins[i]))),
    n('Avg pos.', (r: AbandonRow) => num(r.averagePosition)), n('Max pos.', (r: AbandonRow) => num(r.maxPosition)),
    ...report.positionLabels.map((l, i) => n(`Pos. ${l}`, (r: AbandonRow) => num(r.positionBins[i]))),
  ];
}
