import { duration } from '../ui/format';

/** Whole seconds from an ISO instant to `now` (0 when unknown or in the future: clocks differ a little). */
export function secondsSince(iso: string | null | undefined, now: number): number {
  const t = Date.parse(iso ?? '');
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((now - t) / 1000));
}

/** "0:42", "12:05", "1:02:03". */
export function formatWait(seconds: number): string {
  return duration(seconds);
}

/** How urgent a wait looks: under 30 s fine, under 2 min long, then very long (colours in styles.css). */
export function waitLevel(seconds: number): 'ok' | 'warn' | 'err' {
  return seconds < 30 ? 'ok' : seconds < 120 ? 'warn' : 'err';
}
