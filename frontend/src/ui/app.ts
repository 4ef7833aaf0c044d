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

/** Calls `render` at most once per animation frame however many live changes arrive. */
export function onStoreChange(store: LiveStore, render: () => void): () => void {
  let queued = false;
  render();
  return store.subscribe(() => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        render();
      });
    }
  });
}

/** The configured server names, for selects of server-level forms. */
export function serverNames(store: LiveStore): string[] {
  return [...store.servers.values()].map((s) => s.server);
}
