import { describe, expect, it } from 'vitest';
import { Api } from '../live';
import { startPage, type StartHooks } from './startPage';

function respond(status: number, body: string): Response {
  return { status, ok: status >= 200 && status < 300, redirected: false, url: '', text: async () => body } as Response;
}

/** Hooks that record what the page was told to do. */
function recording(): StartHooks & { log: string[] } {
  const log: string[] = [];
  return { log, toLogin: () => log.push('login'), fail: (m) => log.push(`fail: ${m}`) };
}

describe('startPage', () => {
  it('gives the session and the api that holds its CSRF token', async () => {
    const hooks = recording();
    const api = new Api(async () => respond(200, JSON.stringify({ username: 'sup', roles: ['supervisor'], csrfToken: 't' })));
    const started = await startPage('The console', hooks, api);
    expect(started?.session.username).toBe('sup');
    expect(started?.api).toBe(api);
    expect(hooks.log).toEqual([]);
  });

  it('sends a logged-out user to the login page', async () => {
    const hooks = recording();
    expect(await startPage('The reports', hooks, new Api(async () => respond(401, '')))).toBeNull();
    expect(hooks.log).toEqual(['login']);
  });

  it('says in words why the page cannot start', async () => {
    const hooks = recording();
    const down = new Api(async () => { throw new TypeError('Failed to fetch'); });
    expect(await startPage('The agent desktop', hooks, down)).toBeNull();
    expect(hooks.log).toEqual(['fail: The agent desktop cannot start: The server cannot be reached (Failed to fetch).']);
  });
});
