import '../styles.css';
import './reports.css';
import { h, replace } from '../ui/dom';
import { Layout } from '../ui/layout';
import { browserHooks, startPage } from '../ui/startPage';
import { showCall } from './callDetail';
import { showCalls } from './callsPage';
import { reportForm } from './form';
import { clean, hashFor, KINDS, parseHash, type Params, type Route } from './params';
import { showReport } from './reportPage';
import { savedPanel } from './saved';
import type { Options } from './types';

const REPORT_ROLES = ['admin', 'supervisor'];

/** The reports page (/app/reports.html): one report per hash route, or one call's detail (#/call/<asterisk>/<id>). */
async function start(root: HTMLElement): Promise<void> {
  const started = await startPage('The reports', browserHooks(root));
  if (!started) {
    return;
  }
  const { api, session } = started;
  const layout = new Layout(root, KINDS.map((k) => ({ hash: `#/${k.kind}`, label: k.label })), session, () => undefined);
  if (!session.roles.some((r) => REPORT_ROLES.includes(r))) {
    layout.showFatal('Reports are for supervisors and admins.', { href: '/', label: 'Back to the home page' });
    return;
  }
  let options: Options;
  try {
    options = await api.get<Options>('/api/reports/options');
  } catch (e) {
    layout.showFatal(`The report options could not be loaded: ${(e as Error).message}`);
    return;
  }
  let dispose = (): void => undefined;
  const render = (): void => {
    dispose();
    dispose = () => undefined;
    const route = parseHash(window.location.hash);
    if (route.page === 'call') {
      layout.setActive('#/calls');
      document.title = 'Call detail - Callcenter';
      void showCall(api, route.asteriskId, route.callId, layout.main);
      return;
    }
    layout.setActive(`#/${route.kind}`);
    const title = KINDS.find((k) => k.kind === route.kind)?.label ?? 'Reports';
    document.title = `${title} - Callcenter`;
    const results = h('div', { id: 'report-results' });
    const run = (p: Params): void => {
      const target = hashFor({ page: 'report', kind: route.kind, params: p } as Route);
      if (target === window.location.hash) {
        render(); // same parameters again: run again (fresh figures)
      } else {
        window.location.hash = target;
      }
    };
    replace(layout.main, h('h1', {}, title), reportForm(route.kind, options, route.params, run),
      h('div', { class: 'report-layout' }, results, savedPanel(api, route.kind, () => clean(route.kind, route.params))));
    if (route.kind === 'calls') {
      void showCalls(api, route.params, results);
    } else {
      void showReport(api, route.kind, route.params, results).then((d) => { dispose = d; });
    }
  };
  window.addEventListener('hashchange', render);
  render();
}

void start(document.getElementById('app') as HTMLElement);
