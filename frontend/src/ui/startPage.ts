import { Api, LoggedOut, type SessionInfo } from '../live';
import { h, replace } from './dom';

/** What a page does when it cannot start. */
export interface StartHooks {
  /** The session is gone: go to the login page. */
  toLogin(): void;
  /** Any other failure: show it, in words, instead of the page. */
  fail(message: string): void;
}

/** A started page: its REST client (holding the CSRF token) and who is logged in. */
export interface StartedPage {
  api: Api;
  session: SessionInfo;
}

/** The browser's hooks: to /login, or the message in place of the page's root. */
export function browserHooks(root: HTMLElement): StartHooks {
  return {
    toLogin: () => window.location.assign('/login'),
    fail: (message) => replace(root, h('p', { class: 'result err' }, message)),
  };
}

/**
 * The start of every logged-in page: asks who is logged in; a logged-out user goes to the login page, any other
 * failure is shown as "<what> cannot start: <reason>". Null when the page must not go on; role checks stay with the
 * page (each says no in its own layout).
 */
export async function startPage(what: string, hooks: StartHooks, api: Api = new Api()): Promise<StartedPage | null> {
  try {
    return { api, session: await api.session() };
  } catch (e) {
    if (e instanceof LoggedOut) {
      hooks.toLogin();
    } else {
      hooks.fail(`${what} cannot start: ${(e as Error).message}`);
    }
    return null;
  }
}
