import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';

/**
 * The browser session. The access token lives in memory only (never in storage or a URL); the
 * refresh token is an httpOnly SameSite=Strict cookie the API sets on /api/v1/auth/session, so
 * page scripts never see it. A reload asks the cookie for a new access token; a timer refreshes a
 * minute before it expires. Tabs share the cookie, and a refresh token is single-use (reuse signs
 * the login out), so refreshes are serialized across tabs with a Web Lock.
 */
export type SessionState = { status: 'unknown' | 'anonymous' | 'authenticated'; expired: boolean };

// Its own client without the auth middleware, so a refresh never recurses into itself.
const raw = createClient<paths>({ baseUrl: '', headers: { 'X-Hatchery-Client': 'web' }, credentials: 'same-origin' });

// Whether this browser may hold a session cookie (the cookie itself is out of scripts' reach): a
// visitor who never logged in is anonymous at once, without a refresh call answered 401.
const HINT = 'hatchery.session';

let token: string | null = null;
let state: SessionState = { status: 'unknown', expired: false };
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function set(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function accept(accessToken: string, expiresIn: number) {
  token = accessToken;
  localStorage.setItem(HINT, '1');
  clearTimeout(timer);
  timer = setTimeout(() => void session.refresh(), Math.max(5, expiresIn - 60) * 1000);
  set({ status: 'authenticated', expired: false });
}

function clear(expired: boolean) {
  token = null;
  localStorage.removeItem(HINT);
  clearTimeout(timer);
  set({ status: 'anonymous', expired });
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request('hatchery-session-refresh', work) : work();
}

export const session = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  state: () => state,
  accessToken: () => token,

  async logIn(email: string, password: string) {
    const { data, error, response } = await raw.POST('/api/v1/auth/session', { body: { email, password } });
    if (data) accept(data.accessToken, data.expiresIn);
    return { error, response };
  },

  /** True when a new access token was obtained; concurrent callers share one request. */
  refresh(): Promise<boolean> {
    if (!localStorage.getItem(HINT)) {
      if (state.status === 'unknown') clear(false);
      return Promise.resolve(false);
    }
    inflight ??= withLock(async () => {
      const { data } = await raw.POST('/api/v1/auth/session/refresh', {});
      if (data) accept(data.accessToken, data.expiresIn);
      else if (state.status !== 'anonymous') clear(state.status === 'authenticated');
      return !!data;
    }).finally(() => (inflight = null));
    return inflight;
  },

  async logOut() {
    await raw.DELETE('/api/v1/auth/session', {});
    clear(false);
  },

  /** A call came back 401 and the cookie could not renew it. */
  expired() {
    if (state.status === 'authenticated') clear(true);
  },
};
