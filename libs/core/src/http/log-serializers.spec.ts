import { maskSecretUrl, requestSerializer, responseSerializer } from './log-serializers';

describe('log serializers', () => {
  it('masks a calendar feed token in the URL', () => {
    expect(maskSecretUrl('/api/v1/calendar/AbC-123_xyz.ics')).toBe('/api/v1/calendar/[token]');
    expect(maskSecretUrl('/api/v1/calendar/AbC-123_xyz.ics?x=1')).toBe('/api/v1/calendar/[token]?x=1');
  });

  it('masks an invitation token, but not an invitation id under an organization', () => {
    expect(maskSecretUrl('/api/v1/invitations/eyJvcmciOi.abc.def/accept')).toBe('/api/v1/invitations/[token]/accept');
    expect(maskSecretUrl('/api/v1/organizations/ub-hub/invitations/0193b2a4-7c1e-7000-8000-000000000000')).toBe(
      '/api/v1/organizations/ub-hub/invitations/0193b2a4-7c1e-7000-8000-000000000000',
    );
  });

  it('masks secret query parameters', () => {
    expect(maskSecretUrl('/x?token=abc&limit=5&Password=hunter2&refresh_token=r')).toBe('/x?token=[redacted]&limit=5&Password=[redacted]&refresh_token=[redacted]');
  });

  it('leaves other URLs alone', () => {
    expect(maskSecretUrl('/api/v1/organizations/ub-hub/cohorts?limit=20')).toBe('/api/v1/organizations/ub-hub/cohorts?limit=20');
    expect(maskSecretUrl(undefined)).toBeUndefined();
  });

  it('masks secret headers and drops params and query, which would repeat the URL', () => {
    const logged = requestSerializer({
      id: 'r1',
      method: 'POST',
      url: '/api/v1/invitations/secret-token/accept',
      params: { token: 'secret-token' },
      query: { token: 'secret-token' },
      headers: { authorization: 'Bearer abc', Cookie: 'hatchery_access_token=abc', 'idempotency-key': 'k', 'user-agent': 'curl' },
    });
    expect(logged).toEqual({
      id: 'r1',
      method: 'POST',
      url: '/api/v1/invitations/[token]/accept',
      headers: { authorization: '[redacted]', Cookie: '[redacted]', 'idempotency-key': '[redacted]', 'user-agent': 'curl' },
    });
    expect(JSON.stringify(logged)).not.toContain('secret-token');
  });

  it('masks cookies set in a response', () => {
    expect(responseSerializer({ statusCode: 200, headers: { 'set-cookie': 'a=b', 'content-type': 'application/json' } })).toEqual({
      statusCode: 200,
      headers: { 'set-cookie': '[redacted]', 'content-type': 'application/json' },
    });
  });
});
