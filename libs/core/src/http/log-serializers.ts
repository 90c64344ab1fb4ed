/**
 * The one place secrets are kept out of request logs. A path parameter named `token` is a
 * bearer secret (a calendar feed's URL, an invitation link): every route with one must be listed
 * here, and a test walks the OpenAPI document to check that none is missed.
 */
const SECRET_PATHS: { pattern: RegExp; replacement: string }[] = [
  { pattern: /\/calendar\/[^/?#]+/, replacement: '/calendar/[token]' },
  // Only the top-level accept route: /organizations/{slug}/invitations/{id} carries an id, not a secret.
  { pattern: /\/v1\/invitations\/[^/?#]+/, replacement: '/v1/invitations/[token]' },
];
const SECRET_QUERY = /([?&](?:token|access_token|refresh_token|password|secret)=)[^&#]*/gi;
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'idempotency-key', 'x-api-key']);

export function maskSecretUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const masked = SECRET_PATHS.reduce((current, { pattern, replacement }) => current.replace(pattern, replacement), url);
  return masked.replace(SECRET_QUERY, '$1[redacted]');
}

function maskHeaders(headers: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!headers) return headers;
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value]));
}

/** pino-http's request serializer: the request as pino logs it, minus secrets in its URL, query and headers. */
export function requestSerializer<T extends { url?: string; headers?: Record<string, unknown>; query?: unknown; params?: unknown }>(request: T): T {
  const { params: _params, query: _query, ...rest } = request;
  // Parameters and query are already in the URL, which is masked; logging them again would undo it.
  return { ...rest, url: maskSecretUrl(request.url), headers: maskHeaders(request.headers) } as T;
}

/** pino-http's response serializer: no cookies set on the way out. */
export function responseSerializer<T extends { headers?: Record<string, unknown> }>(response: T): T {
  return { ...response, headers: maskHeaders(response.headers) };
}
