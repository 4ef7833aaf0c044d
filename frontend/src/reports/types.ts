/** The report API's JSON (io.callcenter.reports.web.dto): times are ISO with the centre's offset, durations ms. */
export type ReportKind = 'queue-interval' | 'agent-performance' | 'abandons' | 'calls';

export interface PeriodJson { from: string; to: string; zone: string; label: string }
export interface BucketJson { kind: string; label: string; start: string; end: string }

export interface QueueRow {
  queue: string; bucket: BucketJson; offered: number; answered: number; abandoned: number; shortAbandoned: number;
  timedOut: number; overflowed: number; transferred: number; afterHours: number; serviceLevel: number | null;
  serviceLevelCaption: string; asaMs: number | null; ahtMs: number | null; maxWaitMs: number | null;
  abandonRate: number | null; abandonRateExcludingShort: number | null; answeredWithin: Array<number | null>;
}
export interface QueueIntervalReport {
  period: PeriodJson; interval: string; hours: string; edgesSeconds: number[]; rows: QueueRow[]; totals: QueueRow[];
}

export interface AgentRow {
  agent: string; bucket: BucketJson; loggedInMs: number; readyMs: number; ringingMs: number; onCallMs: number;
  wrapUpMs: number; pausedMs: number; pausedByReasonMs: Record<string, number>; offers: number; answered: number;
  missed: number; handled: number; talkMs: number; holdMs: number; wrapMs: number; ahtMs: number | null;
  occupancy: number | null;
}
export interface AgentReport { period: PeriodJson; interval: string; rows: AgentRow[]; totals: AgentRow[] }

export interface AbandonRow {
  queue: string; bucket: BucketJson; offered: number; abandoned: number; shortAbandoned: number;
  abandonRate: number | null; averageWaitMs: number | null; maxWaitMs: number | null; waitBins: number[];
  averagePosition: number | null; maxPosition: number | null; positionBins: number[];
}
export interface AbandonReport {
  period: PeriodJson; interval: string; hours: string; edgesSeconds: number[]; positionLabels: string[];
  rows: AbandonRow[]; totals: AbandonRow[];
}

export interface CallJson {
  asteriskId: string; callId: string; callerNumber: string | null; callerName: string | null; did: string | null;
  queue: string; queues: string[]; enqueuedAt: string; answeredAt: string | null; endedAt: string | null;
  outcome: string | null; agent: string | null; agentsOffered: string[]; waitMs: number; talkMs: number | null;
  holdMs: number; wrapMs: number | null; durationMs: number | null; hangupSide: string | null;
  hangupCause: number | null; disposition: string | null; transferredTo: string | null; overflowReason: string | null;
  abandonPosition: number | null; recording: string | null;
}
export interface CallPage { period: PeriodJson; page: number; size: number; calls: CallJson[]; next: string | null }

export interface CallDetail {
  call: CallJson; zone: string;
  stays: Array<{ seq: number; queue: string; enqueuedAt: string; leftAt: string | null; outcome: string | null; position: number; agent: string | null }>;
  legs: Array<{ role: string; channelId: string; agent: string | null; name: string | null; number: string | null; created: string | null; answered: string | null; destroyed: string | null; result: string | null; cause: number | null }>;
  timeline: Array<{ at: string; source: string; kind: string; queue: string | null; agent: string | null; channelId: string | null; detail: string | null; cause: number | null }>;
  recordingUrl: string | null;
}

export interface Options {
  zone: string; dayStart: string; today: string; queues: string[]; agents: string[]; ranges: string[];
  pageSize: number; maxPageSize: number;
}

export interface SavedDefinition {
  id: number; name: string; type: ReportKind; parameters: Record<string, string>; createdAt: string; updatedAt: string;
}
