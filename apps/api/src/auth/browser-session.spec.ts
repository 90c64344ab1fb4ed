import { isBrowserClientRequest, isOwnOrigin, parseCookies, refreshCookie } from './browser-session';

describe('parseCookies', () => {
  it('reads each cookie of a header, trimmed, the first of a repeated name winning', () => {
    const cookies = parseCookies('a=1; hatchery_refresh=abc-_DEF ;b="quoted";hatchery_refresh=older');
    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('hatchery_refresh')).toBe('abc-_DEF');
    expect(cookies.get('b')).toBe('quoted');
  });

  it('keeps = inside a value and skips parts without a name', () => {
    const cookies = parseCookies('=orphan; token=a=b==; junk; ;');
    expect(cookies.get('token')).toBe('a=b==');
    expect([...cookies.keys()]).toEqual(['token']);
  });

  it('answers nothing for a missing or empty header', () => {
    expect(parseCookies(undefined).size).toBe(0);
    expect(parseCookies('').size).toBe(0);
  });

  it('does not read a cookie whose name only ends with the one asked for', () => {
    expect(parseCookies('evil_hatchery_refresh=x').get('hatchery_refresh')).toBeUndefined();
  });
});

describe('refreshCookie', () => {
  it('is httpOnly, SameSite=Strict, scoped to the session path, Secure only over https', () => {
    expect(refreshCookie('v', 60, false)).toBe('hatchery_refresh=v; Max-Age=60; Path=/api/v1/auth/session; HttpOnly; SameSite=Strict');
    expect(refreshCookie('', 0, true)).toBe('hatchery_refresh=; Max-Age=0; Path=/api/v1/auth/session; HttpOnly; SameSite=Strict; Secure');
  });
});

describe('isOwnOrigin', () => {
  it.each([
    ['http://localhost:3000', 'localhost:3000', true],
    ['https://App.Example.org', 'app.example.org', true],
    ['https://app.example.org/some/page?x=1', 'app.example.org', true],
    ['https://evil.example', 'app.example.org', false],
    ['http://localhost:3001', 'localhost:3000', false],
    ['https://app.example.org.evil.example', 'app.example.org', false],
    ['null', 'app.example.org', false],
    ['not a url', 'app.example.org', false],
    [undefined, 'app.example.org', false],
    ['https://app.example.org', undefined, false],
  ])('%s against host %s → %s', (origin, host, expected) => {
    expect(isOwnOrigin(origin, host)).toBe(expected);
  });
});

describe('isBrowserClientRequest', () => {
  const listed = new Set(['http://localhost:5173']);
  const request = (headers: Record<string, string>) => ({ headers: { host: 'app.example.org', ...headers } });

  it('needs X-Hatchery-Client: web', () => {
    expect(isBrowserClientRequest(request({}), listed)).toBe(false);
    expect(isBrowserClientRequest(request({ 'x-hatchery-client': 'other' }), listed)).toBe(false);
    expect(isBrowserClientRequest(request({ 'x-hatchery-client': 'web' }), listed)).toBe(true);
  });

  it('with an Origin, takes only its own or a listed one', () => {
    const web = { 'x-hatchery-client': 'web' };
    expect(isBrowserClientRequest(request({ ...web, origin: 'https://app.example.org' }), listed)).toBe(true);
    expect(isBrowserClientRequest(request({ ...web, origin: 'http://localhost:5173' }), listed)).toBe(true);
    expect(isBrowserClientRequest(request({ ...web, origin: 'https://evil.example' }), listed)).toBe(false);
    expect(isBrowserClientRequest(request({ ...web, origin: 'null' }), listed)).toBe(false);
  });
});
