/** URLs whose path carries a secret (a calendar feed token): logged with the secret masked. */
export function maskSecretUrl(url: string | undefined): string | undefined {
  return url?.replace(/\/calendar\/[^/?#]+/, '/calendar/[token]');
}

/** pino-http's request serializer: the request as pino logs it, minus secrets in the URL. */
export function requestSerializer<T extends { url?: string }>(request: T): T {
  return { ...request, url: maskSecretUrl(request.url) };
}
