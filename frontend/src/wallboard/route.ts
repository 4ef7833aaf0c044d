/** Where the wallboard page is pointed: a kiosk token in the fragment, or a wallboard id in the query. */

/** The kiosk token of "#kiosk=TOKEN" (fragments never reach the server or its logs), or null. */
export function kioskToken(hash: string): string | null {
  const m = /^#?kiosk=([A-Za-z0-9_-]{10,100})$/.exec(hash);
  return m ? m[1] : null;
}

/** The wallboard id of "?id=12", or null. */
export function boardId(search: string): number | null {
  const raw = new URLSearchParams(search).get('id');
  return raw !== null && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}
