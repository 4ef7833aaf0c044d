import type { Direction, Figures, ThresholdRule } from './types';
import { OVERALL } from './types';

/** How a tile value stands against its thresholds; 'none' when it has no value or no rule. */
export type Level = 'none' | 'ok' | 'yellow' | 'red';

/**
 * The rule for a metric on a queue's tile: the queue's own rule, else the wallboard-wide one (queue absent). The
 * overall tile ("*") uses the wallboard-wide rule only.
 */
export function ruleFor(rules: ThresholdRule[], metric: string, queue: string): ThresholdRule | null {
  const wide = rules.find((r) => r.metric === metric && (r.queue ?? null) === null) ?? null;
  if (queue === OVERALL) {
    return wide;
  }
  return rules.find((r) => r.metric === metric && r.queue === queue) ?? wide;
}

/**
 * Direction-aware: a metric bad when high is yellow at value >= yellow and red at value >= red; one bad when low
 * (service level, agents ready) is yellow at value <= yellow and red at value <= red. Red wins over yellow.
 */
export function level(direction: Direction, value: number | null | undefined, rule: ThresholdRule | null): Level {
  if (value === null || value === undefined || Number.isNaN(value) || !rule || direction === 'NEUTRAL') {
    return 'none';
  }
  const crossed = (bound: number | null | undefined): boolean =>
    bound !== null && bound !== undefined && (direction === 'HIGH_IS_BAD' ? value >= bound : value <= bound);
  if (crossed(rule.red)) {
    return 'red';
  }
  return crossed(rule.yellow) ? 'yellow' : 'ok';
}

/** The worst of several levels (red > yellow > ok > none): what a tile group or the alarm banner shows. */
export function worst(levels: Level[]): Level {
  const order: Level[] = ['none', 'ok', 'yellow', 'red'];
  return levels.reduce<Level>((w, l) => (order.indexOf(l) > order.indexOf(w) ? l : w), 'none');
}

/**
 * The rules figures are coloured with: in time travel those in force at the figures' instant (so the alarms are
 * those of then), live the layout's.
 */
export function rulesInForce(layout: ThresholdRule[], f: Pick<Figures, 'thresholds'>): ThresholdRule[] {
  return f.thresholds ?? layout;
}
