import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from '../session/session-store';

export type Schemas = components['schemas'];

/**
 * The one door to the API: every call in the app goes through this typed client, generated from
 * the API's OpenAPI document (src/api/schema.d.ts, checked by `npm run web:client:check`).
 * `X-Hatchery-Client: web` is the cross-site request defence the cookie routes require: a page on
 * another site cannot send a custom header without a CORS preflight, which the API refuses.
 */
export const api = createClient<paths>({ baseUrl: '', headers: { 'X-Hatchery-Client': 'web' }, credentials: 'same-origin' });

const retries = new WeakMap<Request, Request>();
const SESSION_ROUTES = /\/api\/v1\/auth\/session/;

/** Bearer token from memory; on a 401 the session is refreshed once (cookie) and the call retried. */
const auth: Middleware = {
  async onRequest({ request }) {
    const token = session.accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    if (!SESSION_ROUTES.test(request.url)) retries.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status !== 401 || SESSION_ROUTES.test(request.url)) return response;
    const retry = retries.get(request);
    if (!retry || !(await session.refresh())) {
      session.expired();
      return response;
    }
    retry.headers.set('Authorization', `Bearer ${session.accessToken()}`);
    return fetch(retry);
  },
};
api.use(auth);
