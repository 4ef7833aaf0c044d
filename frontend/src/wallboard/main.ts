import './wallboard.css';
import type { Api } from '../live';
import { h, replace } from '../ui/dom';
import { startPage } from '../ui/startPage';
import { LayoutEditor } from './editor';
import { KioskLinksPanel } from './kioskLinks';
import { boardId, kioskToken } from './route';
import { WallboardScreen } from './screen';
import { TimeTravelBar } from './timeTravel';
import type { Board, Catalogue, Figures, StoredBoard } from './types';

const root = document.getElementById('app') as HTMLElement;

function fatal(text: string, link?: { href: string; label: string }): void {
  replace(root, h('div', { class: 'fatal', id: 'wb-fatal' }, h('p', {}, text), link ? h('a', { href: link.href }, link.label) : null));
}

/** TV mode with a kiosk link: no login, no controls, full screen, large type. */
async function kiosk(token: string): Promise<void> {
  document.body.classList.add('tv', 'kiosk');
  const res = await fetch('/api/kiosk/wallboard', { headers: { 'X-Kiosk-Token': token, Accept: 'application/json' } });
  if (!res.ok) {
    fatal(res.status === 401 ? 'This kiosk link was revoked or is unknown: ask a supervisor for a new one.'
      : `The wallboard cannot load (HTTP ${res.status}).`);
    return;
  }
  const board = (await res.json()) as Board;
  document.title = `${board.name} - Wallboard`;
  replace(root, new WallboardScreen(board, token).el);
}

/** The logged-in supervisor's or admin's REST client; null when the page must not go on. */
async function session(): Promise<Api | null> {
  const started = await startPage('The wallboard', { toLogin: () => window.location.assign('/login'), fail: (m) => fatal(m) });
  if (started && !started.session.roles.some((r) => r === 'admin' || r === 'supervisor')) {
    fatal('Wallboards are for supervisors and admins.', { href: '/', label: 'Back to the home page' });
    return null;
  }
  return started?.api ?? null;
}

/** No wallboard chosen: the list of those this user may see, and "new". */
async function list(api: Api, catalogue: Catalogue): Promise<void> {
  const boards = await api.get<StoredBoard[]>('/api/wallboards');
  const editorSlot = h('div', {});
  replace(root, h('div', { class: 'wb-list' },
    h('h1', {}, 'Wallboards'), h('p', {}, h('a', { href: '/' }, 'Home'), ' · ', h('a', { href: '/app/' }, 'Operator console')),
    h('ul', { id: 'wb-list' }, boards.map((b) => h('li', { 'data-id': b.id },
      h('a', { href: `?id=${b.id}` }, b.name), ` — ${b.queues.join(', ')}`))),
    boards.length === 0 ? h('p', {}, 'No wallboard yet.') : null,
    h('button', { type: 'button', id: 'wb-new', onclick: () => replace(editorSlot,
      new LayoutEditor(api, catalogue, null, (b) => window.location.assign(`?id=${b.id}`), () => undefined).el) }, 'New wallboard'),
    editorSlot));
}

/** One wallboard for a logged-in supervisor or admin: TV mode, layout editor, kiosk links, time travel. */
async function one(api: Api, catalogue: Catalogue, id: number): Promise<void> {
  const board = await api.get<StoredBoard>(`/api/wallboards/${id}`);
  document.title = `${board.name} - Wallboard`;
  const screen = new WallboardScreen(board, null);
  const panel = h('div', { class: 'wb-panels' });
  const travel = new TimeTravelBar({
    showAt: async (at) => screen.showPast(await api.get<Figures>(`/api/wallboards/${id}/figures?at=${new Date(at).toISOString()}`)),
    live: () => screen.live(),
  });
  const toggle = (make: () => HTMLElement) => () => replace(panel, panel.firstChild ? null : make());
  screen.tools.append(
    h('a', { href: '?', class: 'button' }, 'All wallboards'),
    h('button', { type: 'button', id: 'wb-tv', onclick: () => tvMode() }, 'TV mode'),
    h('button', { type: 'button', id: 'wb-edit', onclick: toggle(() => new LayoutEditor(api, catalogue, board,
      () => window.location.reload(), () => window.location.assign('?')).el) }, 'Edit layout'),
    h('button', { type: 'button', id: 'wb-links', onclick: toggle(() => new KioskLinksPanel(api, id).el) }, 'Kiosk links'));
  replace(root, travel.el, panel, screen.el);
}

function tvMode(): void {
  document.body.classList.add('tv');
  void document.documentElement.requestFullscreen?.().catch(() => undefined);
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement) document.body.classList.remove('tv');
  }, { once: true });
}

async function start(): Promise<void> {
  const token = kioskToken(window.location.hash);
  if (token) {
    await kiosk(token);
    return;
  }
  const api = await session();
  if (!api) {
    return;
  }
  const catalogue = await api.get<Catalogue>('/api/wallboards/catalogue');
  const id = boardId(window.location.search);
  await (id === null ? list(api, catalogue) : one(api, catalogue, id));
}

start().catch((e: Error) => fatal(`The wallboard cannot start: ${e.message}`));
