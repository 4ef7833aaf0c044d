import { describe, expect, it } from 'vitest';
import { Api, ApiError, LoggedOut, problemInWords } from './api';
import { respond } from './fixtures';

describe('Api', () => {
  it('sends the session CSRF token on changes, not on reads', async () => {
    const calls: Array<{ path: string; init?: RequestInit }> = [];
    const api = new Api(async (path, init) => {
      calls.push({ path, init });
      return path === '/api/session'
        ? respond(200, JSON.stringify({ username: 'sup', roles: ['supervisor'], csrfToken: 'tok' }))
        : respond(200, '{"ok":true,"message":"Hangup requested"}');
    });
    expect((await api.session()).username).toBe('sup');
    const result = await api.post<{ message: string }>('/api/console/servers/main/channels/c1/hangup', { reason: 'normal' });
    expect(result.message).toBe('Hangup requested');
    await api.get('/api/console/servers/main/system/info');
    const headers = (i: number) => calls[i].init?.headers as Record<string, string>;
    expect(headers(1)['X-CSRF-Token']).toBe('tok');
    expect(calls[1].init?.body).toBe('{"reason":"normal"}');
    expect(headers(2)['X-CSRF-Token']).toBeUndefined();
  });

  it('turns a problem body into words', async () => {
    const api = new Api(async () => respond(404, JSON.stringify({
      type: 'urn:x', title: 'Not Found', status: 404, detail: 'Channel not found', ariStatus: 404, ariMessage: 'Channel not found',
    })));
    await expect(api.post('/x')).rejects.toThrow('Channel not found (HTTP 404, ARI 404)');
  });

  it('names a logged-out session and an unreachable server', async () => {
    await expect(new Api(async () => respond(401, '')).get('/api/session')).rejects.toBeInstanceOf(LoggedOut);
    await expect(new Api(async () => respond(200, '<html>', { redirected: true, url: 'http://h/login' })).get('/api/session'))
      .rejects.toBeInstanceOf(LoggedOut);
    const down = new Api(async () => { throw new TypeError('Failed to fetch'); });
    await expect(down.get('/x')).rejects.toThrow('The server cannot be reached (Failed to fetch).');
  });

  it('falls back to the status in words when the body is not a problem', async () => {
    const err = await new Api(async () => respond(502, '<html>bad gateway</html>')).get('/x').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('Asterisk did not answer (HTTP 502)');
  });
});

describe('problemInWords', () => {
  it('adds ARI message, field errors and the statuses', () => {
    expect(problemInWords(409, { detail: 'Channel is not in Stasis', ariStatus: 409, ariMessage: 'Channel not in Stasis application' }))
      .toBe('Channel is not in Stasis — Asterisk said: Channel not in Stasis application (HTTP 409, ARI 409)');
    expect(problemInWords(400, { title: 'Bad request', errors: ['dtmf: must not be blank'] }))
      .toBe('Bad request — dtmf: must not be blank (HTTP 400)');
  });
});
