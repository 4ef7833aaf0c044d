/** Wire types of the wallboard API (io.callcenter.wallboard.*): layouts, figures, push frames. */

export type Unit = 'COUNT' | 'SECONDS' | 'PERCENT';
export type Direction = 'HIGH_IS_BAD' | 'LOW_IS_BAD' | 'NEUTRAL';

export interface MetricInfo { id: string; label: string; unit: Unit; direction: Direction }

export interface Widget { kind: 'tile' | 'sparkline' | 'agents' | 'waiting'; metric?: string | null }

/** Yellow/red bounds of a metric, for one queue or (queue null) every queue and the total. */
export interface ThresholdRule { metric: string; queue?: string | null; yellow?: number | null; red?: number | null }

export interface Layout {
  queues: string[];
  widgets: Widget[];
  thresholds: ThresholdRule[];
  /** null: the business day; else a sliding window of this many minutes. */
  slidingMinutes: number | null;
}

/** A wallboard as screens learn it (BoardView); the editor's view adds who changed it. */
export interface Board extends Layout { id: number; name: string }
export interface StoredBoard extends Board { createdBy: string; updatedBy: string; updatedAt: string }

export interface Catalogue { metrics: MetricInfo[]; widgetKinds: string[]; queues: string[] }

/** One queue's values by metric id, in the metric's unit; null = no value ("—"). */
export interface Tile {
  queue: string;
  values: Record<string, number | null>;
  serviceLevelCaption: string;
  serviceLevelCounts: string;
}

export interface AgentRow {
  username: string; state: string; sinceMs: number; timeInStateMs: number; pauseReason: string | null;
  queues: string[]; callId: string | null; callQueue: string | null; callerNumber: string | null;
  callerName: string | null; callsHandled: number;
}

export interface WaitingCaller {
  callId: string; queue: string; position: number; enqueuedAtMs: number; waitMs: number; priority: number;
  did: string | null; callerNumber: string | null; callerName: string | null;
}

export interface TrendPoint { t: number; offered: number; answered: number; abandoned: number; serviceLevel: number | null; waiting: number }
export interface Trend { bucketMs: number; series: Record<string, TrendPoint[]> }

export interface Figures {
  type: 'figures';
  atMs: number;
  live: boolean;
  windowStartMs: number;
  tiles: Tile[];
  overall: Tile;
  agents: AgentRow[];
  waiting: WaitingCaller[];
  trend: Trend | null;
  /** Time travel only: the yellow/red thresholds in force at atMs (null/absent when live: the layout's apply). */
  thresholds?: ThresholdRule[] | null;
}

export type PushFrame =
  | { type: 'hello'; wallboard: Board; heartbeatMs: number; minIntervalMs: number; metrics: MetricInfo[] }
  | { type: 'layout'; wallboard: Board }
  | { type: 'heartbeat'; atMs: number }
  | Figures;

export interface KioskLink {
  id: number; wallboardId: number; label: string; createdBy: string; createdAt: string;
  revokedBy: string | null; revokedAt: string | null; active: boolean;
}
export interface CreatedKioskLink { link: KioskLink; token: string; path: string }

/** The overall tile's queue key. */
export const OVERALL = '*';
