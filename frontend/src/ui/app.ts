import type { Api, LiveConnection, LiveStore, SessionInfo } from '../live';
import type { ActionDialog } from './dialog';

/** What every page gets: the REST helper, the live store and link, who is logged in, the shared dialog. */
export interface AppContext {
  api: Api;
  store: LiveStore;
  link: LiveConnection;
  session: SessionInfo;
  dialog: ActionDialog;
}

/** A page mounts into the layout's main area and cleans up (subscriptions, timers) when left. */
export interface Page {
  title: string;
  el: HTMLElement;
  dispose?: () => void;
}

export type PageFactory = (app: AppContext) => Page;

/**
 * Calls `render` once per burst of live changes (a macrotask later, so a batch of deltas renders once); not
 * requestAnimationFrame, which stops in background tabs and would leave a wallboard stale.
 */
export function onStoreChange(store: LiveStore, render: () => void): () => void {
  let queued = false;
  render();
  return store.subscribe(() => {
    if (!queued) {
      queued = true;
      setTimeout(() => {
        queued = false;
        render();
      }, 0);
    }
  });
}

/** The configured server names, for selects of server-level forms. */
export function serverNames(store: LiveStore): string[] {
  return [...store.servers.values()].map((s) => s.server);
}
