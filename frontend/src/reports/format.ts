/** Report figures in words: "—" for no value (never 0 or NaN), times as the centre's clock. */
export const NO_VALUE = '—';

/** Milliseconds as m:ss or h:mm:ss (rounded to the second). */
export function dur(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) {
    return NO_VALUE;
  }
  const s = Math.round(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export function pct(p: number | null | undefined): string {
  return p === null || p === undefined ? NO_VALUE : `${p.toFixed(1)} %`;
}

export function num(n: number | null | undefined): string {
  return n === null || n === undefined ? NO_VALUE : String(n);
}

/**
 * The centre's local date and time of an ISO instant written with the centre's offset, read from the text itself
 * so a browser in another zone still shows the centre's clock: "2026-11-27T09:15:02+01:00" → "2026-11-27 09:15:02".
 */
export function localTime(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 19).replace('T', ' ') : NO_VALUE;
}

/** Local time only ("09:15:02.120") for timelines within one call. */
export function clock(iso: string | null | undefined): string {
  if (!iso) {
    return NO_VALUE;
  }
  const m = /T(\d\d:\d\d:\d\d(?:\.\d{1,3})?)/.exec(iso);
  return m ? m[1] : iso;
}
