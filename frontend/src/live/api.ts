/** Who is logged in (GET /api/session), with the CSRF token every state-changing call must send. */
export interface SessionInfo {
  username: string; displayName: string | null; roles: string[]; endpoint: string | null;
  queues: string[]; mustChangePassword: boolean; csrfToken: string | null;
}

/** A failed call, already in words: `message` is what the user reads. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: unknown = null) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Thrown when the session is gone (401, or the server sent us to the login page). */
export class LoggedOut extends ApiError {
  constructor() {
    super(401, 'You are logged out: log in again.');
    this.name = 'LoggedOut';
  }
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * JSON over fetch with the session cookie and the X-CSRF-Token header; any non-2xx answer becomes an ApiError
 * whose message is the problem body's detail (or ARI's message) in words.
 */
export class Api {
  private csrf: string | null = null;

  constructor(private readonly fetchImpl: FetchLike = (i, init) => fetch(i, init)) {
  }

  async session(): Promise<SessionInfo> {
    const info = await this.request<SessionInfo>('GET', '/api/session');
    this.csrf = info.csrfToken;
    return info;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && this.csrf) {
      headers['X-CSRF-Token'] = this.csrf;
    }
    let res: Response;
    try {
      res = await this.fetchImpl(path, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, `The server cannot be reached (${(e as Error).message}).`);
    }
    if (res.status === 401 || (res.redirected && /\/login(\?|$)/.test(res.url))) {
      throw new LoggedOut();
    }
    const text = await res.text();
    const parsed = parseJson(text);
    if (!res.ok) {
      throw new ApiError(res.status, problemInWords(res.status, parsed, text), parsed);
    }
    return (parsed ?? undefined) as T;
  }
}

/** The words for a failed answer: detail, then ARI's message, then the title, then the HTTP status. */
export function problemInWords(status: number, body: unknown, raw = ''): string {
  if (body && typeof body === 'object') {
    const p = body as Record<string, unknown>;
    const parts: string[] = [];
    const main = str(p.detail) ?? str(p.ariMessage) ?? str(p.title) ?? str(p.message);
    if (main) {
      parts.push(main);
    }
    if (str(p.ariMessage) && p.ariMessage !== main) {
      parts.push(`Asterisk said: ${p.ariMessage}`);
    }
    if (Array.isArray(p.errors) && p.errors.length > 0) {
      parts.push(p.errors.map(String).join('; '));
    }
    if (parts.length > 0) {
      return `${parts.join(' — ')} (HTTP ${status}${p.ariStatus ? `, ARI ${p.ariStatus}` : ''})`;
    }
  }
  const fallback = STATUS_WORDS[status] ?? 'The request failed';
  const snippet = raw && !raw.trimStart().startsWith('<') ? `: ${raw.slice(0, 200)}` : '';
  return `${fallback}${snippet} (HTTP ${status})`;
}

const STATUS_WORDS: Record<number, string> = {
  400: 'The request was not accepted', 403: 'You are not allowed to do this', 404: 'Not found',
  409: 'Conflict with the current state', 422: 'Asterisk could not process this', 502: 'Asterisk did not answer',
  503: 'The service is not available',
};

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function parseJson(text: string): unknown {
  if (text === '') {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
