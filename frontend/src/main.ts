import './styles.css';
import { Api, LiveConnection, LiveStore, LoggedOut, liveUrl } from './live';
import type { AppContext, Page, PageFactory } from './ui/app';
import { ActionDialog } from './ui/dialog';
import { replace } from './ui/dom';
import { Layout } from './ui/layout';
import { browserHooks, startPage } from './ui/startPage';
import { bridgesPage } from './pages/bridges';
import { channelsPage } from './pages/channels';
import { deviceStatesPage } from './pages/deviceStates';
import { endpointsPage } from './pages/endpoints';
import { originatePage } from './pages/originate';
import { supervisorPage } from './pages/supervisor';
import { systemPage } from './pages/system';

const PAGES: Array<{ hash: string; label: string; page: PageFactory }> = [
  { hash: '#/channels', label: 'Channels', page: channelsPage },
  { hash: '#/bridges', label: 'Bridges', page: bridgesPage },
  { hash: '#/endpoints', label: 'Endpoints', page: endpointsPage },
  { hash: '#/device-states', label: 'Device states', page: deviceStatesPage },
  { hash: '#/system', label: 'System', page: systemPage },
  { hash: '#/originate', label: 'Originate', page: originatePage },
  { hash: '#/supervisor', label: 'Supervisor', page: supervisorPage },
];

const CONSOLE_ROLES = ['admin', 'supervisor'];

async function start(root: HTMLElement): Promise<void> {
  const started = await startPage('The console', browserHooks(root));
  if (!started) {
    return;
  }
  const { api, session } = started;
  const store = new LiveStore();
  let layout: Layout | null = null;
  const link = new LiveConnection({
    url: liveUrl(), store,
    onState: (state) => {
      layout?.showLink(state);
      if (state.kind === 'reconnecting' && state.attempt >= 2) {
        void checkStillLoggedIn(api, layout, link);
      }
    },
  });
  layout = new Layout(root, PAGES, session, () => link.reconnectNow());
  if (!session.roles.some((r) => CONSOLE_ROLES.includes(r))) {
    layout.showFatal('The operator console is for supervisors and admins.', { href: '/', label: 'Back to the home page' });
    return;
  }
  const app: AppContext = { api, store, link, session, dialog: new ActionDialog() };
  route(app, layout);
  window.addEventListener('hashchange', () => route(app, layout!));
  link.start();
}

let current: Page | null = null;

function route(app: AppContext, layout: Layout): void {
  const entry = PAGES.find((p) => p.hash === window.location.hash) ?? PAGES[0];
  if (window.location.hash !== entry.hash) {
    history.replaceState(null, '', entry.hash);
  }
  current?.dispose?.();
  app.dialog.close();
  current = entry.page(app);
  replace(layout.main, current.el);
  layout.setActive(entry.hash);
  document.title = `${current.title} - Callcenter`;
}

/** A websocket refused twice may mean the session ended: then say so instead of retrying forever. */
async function checkStillLoggedIn(api: Api, layout: Layout | null, link: LiveConnection): Promise<void> {
  try {
    await api.get('/api/session');
  } catch (e) {
    if (e instanceof LoggedOut) {
      link.stop();
      layout?.showFatal('Your session has ended.', { href: '/login', label: 'Log in again' });
    }
  }
}

void start(document.getElementById('app') as HTMLElement);
