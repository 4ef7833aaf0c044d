import type { Unit } from './types';

/** "—": a metric without a value (a division by zero), never 0 or NaN. */
export const NO_VALUE = '—';

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A tile value in its unit: counts as integers, seconds as m:ss, percent with one decimal. */
export function formatValue(unit: Unit, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return NO_VALUE;
  }
  switch (unit) {
    case 'COUNT':
      return String(Math.round(value));
    case 'SECONDS':
      return clock(value);
    case 'PERCENT':
      return `${value.toFixed(1)} %`;
  }
}

/** Agent state as people say it: ON_CALL → "On call". */
export function stateLabel(state: string): string {
  const words = state.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Caller as "Name <number>", the number alone, or "—". */
export function caller(name: string | null, number: string | null): string {
  if (name && number) {
    return `${name} <${number}>`;
  }
  return name ?? number ?? NO_VALUE;
}

/** An epoch instant as local "HH:MM:SS" (time travel shows which moment is on screen). */
export function timeOfDay(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}
