import type { DialplanLocation, Party } from '../live';

/** "Alice <555>", "555", or "—". */
export function party(p: Party | null | undefined): string {
  if (!p || (!p.name && !p.number)) {
    return '—';
  }
  if (p.name && p.number) {
    return `${p.name} <${p.number}>`;
  }
  return (p.name ?? p.number) as string;
}

export function dialplan(d: DialplanLocation | null | undefined): string {
  if (!d) {
    return '—';
  }
  const where = `${d.context ?? '?'},${d.exten ?? '?'},${d.priority ?? '?'}`;
  return d.appName ? `${where} ${d.appName}(${d.appData ?? ''})` : where;
}

/** Seconds as m:ss or h:mm:ss. */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

/** Elapsed time since an ISO instant, as shown in ticking cells. */
export function since(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) {
    return '—';
  }
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '—' : duration((now - t) / 1000);
}

export function shortId(id: string | null | undefined): string {
  return id ? (id.length > 14 ? `${id.slice(0, 12)}…` : id) : '—';
}
