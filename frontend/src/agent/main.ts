import '../styles.css';
import { LiveConnection, LiveStore, liveUrl } from '../live';
import { h, replace } from '../ui/dom';
import { Layout } from '../ui/layout';
import { browserHooks, startPage } from '../ui/startPage';
import { Desk } from './desk';
import { installShortcuts } from './shortcuts';

/** The agent desktop page (/app/agent.html): for users with the agent role. */
async function start(root: HTMLElement): Promise<void> {
  const started = await startPage('The agent desktop', browserHooks(root));
  if (!started) {
    return;
  }
  const { api, session } = started;
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
