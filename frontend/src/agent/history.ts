/** One row of GET /api/desk/history (DESK_API.md). */
export interface HistoryItem {
  callId: string; asteriskId: string; queue: string | null; did: string | null; callerNumber: string | null;
  callerName: string | null; enqueuedAt: string | null; answeredAt: string | null; endedAt: string | null;
  waitMs: number | null; talkMs: number | null; holdMs: number | null; wrapEndedAt: string | null;
  hangupSide: string | null; transferredTo: string | null; disposition: string | null; recording: string | null;
}

export interface HistoryPage { page: number; size: number; total: number; items: HistoryItem[] }

/** "Calls 11–20 of 57" and whether newer / older pages exist. */
export function pageInfo(p: Pick<HistoryPage, 'page' | 'size' | 'total' | 'items'>): { text: string; hasNewer: boolean; hasOlder: boolean } {
  if (p.total === 0 || p.items.length === 0) {
    return { text: p.total === 0 ? 'No calls' : `Past the last of ${p.total} calls`, hasNewer: p.page > 0, hasOlder: false };
  }
  const first = p.page * p.size + 1;
  const last = first + p.items.length - 1;
  return { text: `Calls ${first}–${last} of ${p.total}`, hasNewer: p.page > 0, hasOlder: last < p.total };
}
