import '../styles.css';
import { Api, LiveConnection, LiveStore, LoggedOut, liveUrl, type SessionInfo } from '../live';
import { h, replace } from '../ui/dom';
import { Layout } from '../ui/layout';
import { Desk } from './desk';
import { installShortcuts } from './shortcuts';

/** The agent desktop page (/app/agent.html): for users with the agent role. */
async function start(root: HTMLElement): Promise<void> {
  const api = new Api();
  let session: SessionInfo;
  try {
    session = await api.session();
  } catch (e) {
    if (e instanceof LoggedOut) {
      window.location.assign('/login');
      return;
    }
    replace(root, h('p', { class: 'result err' }, `The agent desktop cannot start: ${(e as Error).message}`));
    return;
  }
  const store = new LiveStore();
  let layout: Layout | null = null;
  const link = new LiveConnection({ url: liveUrl(), store, onState: (state) => layout?.showLink(state) });
  layout = new Layout(root, [], session, () => link.reconnectNow());
  if (!session.roles.includes('agent')) {
    layout.showFatal('The agent desktop is for agents.', { href: '/', label: 'Back to the home page' });
    return;
  }
  document.title = 'Agent desktop - Callcenter';
  const desk = new Desk(api, store, link, session);
  replace(layout.main, h('h1', { class: 'sr-only' }, 'Agent desktop'), desk.el);
  installShortcuts(document);
  link.start();
  await desk.start();
}

void start(document.getElementById('app') as HTMLElement);
