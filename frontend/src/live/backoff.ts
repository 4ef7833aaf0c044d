/** Reconnect delays: exponential from `initialMs` up to `maxMs`, with jitter so many browsers do not return at once. */
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** Share of the delay that is random, 0..1 (0.2 = ±10 %). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 15_000, factor: 2, jitter: 0.2 };

/** Delay before reconnect attempt `attempt` (1 = the first retry). */
export function backoffDelay(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const base = Math.min(opts.maxMs, opts.initialMs * Math.pow(opts.factor, Math.max(0, attempt - 1)));
  const spread = base * opts.jitter;
  return Math.max(0, Math.round(base - spread / 2 + random() * spread));
}
