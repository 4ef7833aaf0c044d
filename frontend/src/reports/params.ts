import type { ReportKind } from './types';

/** The parameters each report accepts (mirrors the server's ReportRequests). */
export const ACCEPTED: Record<ReportKind, string[]> = {
  'queue-interval': ['range', 'from', 'to', 'queue', 'interval', 'hours'],
  'agent-performance': ['range', 'from', 'to', 'queue', 'agent', 'interval'],
  abandons: ['range', 'from', 'to', 'queue', 'interval', 'hours'],
  calls: ['range', 'from', 'to', 'queue', 'agent', 'number', 'outcome', 'minDuration', 'maxDuration', 'size'],
};

export const KINDS: Array<{ kind: ReportKind; label: string }> = [
  { kind: 'queue-interval', label: 'Queue intervals' },
  { kind: 'agent-performance', label: 'Agents' },
  { kind: 'abandons', label: 'Abandons' },
  { kind: 'calls', label: 'Call search' },
];

export type Params = Record<string, string>;

/** What the page shows: a report with its parameters, or one call. */
export type Route =
  | { page: 'report'; kind: ReportKind; params: Params }
  | { page: 'call'; asteriskId: string; callId: string };

/** Only the parameters the report accepts, non-empty, in a stable order. */
export function clean(kind: ReportKind, params: Params): Params {
  const out: Params = {};
  for (const name of ACCEPTED[kind]) {
    const v = params[name]?.trim();
    if (v) {
      out[name] = v;
    }
  }
  // a named range wins over dates: the server refuses both together
  if (out.range) {
    delete out.from;
    delete out.to;
  }
  return out;
}

export function toQuery(params: Params): string {
  return Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export function fromQuery(query: string): Params {
  const out: Params = {};
  new URLSearchParams(query).forEach((v, k) => { out[k] = v; });
  return out;
}

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').map(decodeURIComponent);
  if (parts[0] === 'call' && parts.length === 3 && parts[1] && parts[2]) {
    return { page: 'call', asteriskId: parts[1], callId: parts[2] };
  }
  const kind = KINDS.find((k) => k.kind === parts[0])?.kind ?? 'queue-interval';
  return { page: 'report', kind, params: clean(kind, fromQuery(query)) };
}

export function hashFor(route: Route): string {
  if (route.page === 'call') {
    return `#/call/${encodeURIComponent(route.asteriskId)}/${encodeURIComponent(route.callId)}`;
  }
  const q = toQuery(clean(route.kind, route.params));
  return `#/${route.kind}${q ? `?${q}` : ''}`;
}

/** JSON, CSV and printable URLs of a report run. */
export function urls(kind: ReportKind, params: Params, extra: Params = {}): { api: string; csv: string; print: string } {
  const q = toQuery(clean(kind, params));
  const api = toQuery({ ...clean(kind, params), ...extra });
  return {
    api: `/api/reports/${kind}${api ? `?${api}` : ''}`,
    csv: `/api/reports/${kind}/csv${q ? `?${q}` : ''}`,
    print: `/reports/print/${kind}${q ? `?${q}` : ''}`,
  };
}
